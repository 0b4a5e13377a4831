// Split a document into non-overlapping segments for the reader: which spans cover each piece, and whether
// it belongs to the focused quote. Spans may overlap and be unsorted; offsets are UTF-16 units, end exclusive.

export interface SpanLike {
  start: number;
  end: number;
  kind: string;
  label: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Kinds of the spans covering this segment (deduplicated, in span order). */
  kinds: string[];
  labels: string[];
  focus: boolean;
}

export function segmentText(text: string, spans: SpanLike[], focus?: { start: number; end: number }): Segment[] {
  const len = text.length;
  const clamp = (v: number) => Math.max(0, Math.min(len, Math.floor(v)));
  const valid = spans
    .map((s) => ({ ...s, start: clamp(s.start), end: clamp(s.end) }))
    .filter((s) => s.end > s.start);
  const f = focus ? { start: clamp(focus.start), end: clamp(focus.end) } : undefined;
  const cuts = new Set<number>([0, len]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  if (f && f.end > f.start) {
    cuts.add(f.start);
    cuts.add(f.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (b <= a) continue;
    const covering = valid.filter((s) => s.start <= a && s.end >= b);
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const labels = [...new Set(covering.map((s) => s.label))];
    const isFocus = !!f && f.end > f.start && f.start <= a && f.end >= b;
    const prev = out[out.length - 1];
    if (prev && prev.focus === isFocus && sameList(prev.kinds, kinds) && sameList(prev.labels, labels)) {
      prev.end = b;
      prev.text = text.slice(prev.start, b);
      continue;
    }
    out.push({ start: a, end: b, text: text.slice(a, b), kinds, labels, focus: isFocus });
  }
  return out;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Where a quote sits in the text: the given offsets when they match, else the nearest occurrence of the quote. */
export function locateQuote(text: string, quote: string, start: number, end: number): { start: number; end: number } | null {
  if (text.slice(start, end) === quote) return { start, end };
  if (!quote) return null;
  let best = -1;
  let idx = text.indexOf(quote);
  while (idx !== -1) {
    if (best === -1 || Math.abs(idx - start) < Math.abs(best - start)) best = idx;
    idx = text.indexOf(quote, idx + 1);
  }
  return best === -1 ? null : { start: best, end: best + quote.length };
}

/** A line break with the spaces around it between two CJK characters: where a source wrapped a line. */
const WRAP = /(?<=[\u3400-\u9fff])[ \t\u3000]*\r?\n[ \t\u3000]*(?=[\u3400-\u9fff])/g;

/**
 * A quote as shown: the stored quote is exactly the document's text at its offsets, line breaks included; shown, a
 * wrap inside a sentence (省协调小\n组) disappears and any other line break is one space.
 */
export function displayQuote(quote: string): string {
  return quote.replace(WRAP, '').replace(/[ \t\u3000]*(?:\r?\n)+[ \t\u3000]*/g, ' ');
}
