// Phrase matching over a text, words indexed by their first or last character (longest first),
// so a lookup at a position never walks the whole word list.

export class PhraseTable {
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();
  // bitmaps of first and last characters: most positions of a text start or end no word, and a typed
  // array answers that before any Map lookup (these tables are asked at every position)
  private readonly firsts = new Uint8Array(0x10000);
  private readonly lasts = new Uint8Array(0x10000);
  constructor(words: Iterable<string>) {
    const sorted = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    for (const w of sorted) {
      push(this.byFirst, w.charCodeAt(0), w);
      push(this.byLast, w.charCodeAt(w.length - 1), w);
      this.firsts[w.charCodeAt(0)] = 1;
      this.lasts[w.charCodeAt(w.length - 1)] = 1;
    }
  }
  /** The longest word starting at text[i]. */
  startingAt(text: string, i: number): string | undefined {
    if (this.firsts[text.charCodeAt(i)] !== 1) return undefined;
    const ws = this.byFirst.get(text.charCodeAt(i));
    if (ws) for (const w of ws) if (text.startsWith(w, i)) return w;
    return undefined;
  }
  /** The longest word ending just before text[j]. */
  endingAt(text: string, j: number): string | undefined {
    if (this.lasts[text.charCodeAt(j - 1)] !== 1) return undefined;
    const ws = this.byLast.get(text.charCodeAt(j - 1));
    if (ws) for (const w of ws) if (j >= w.length && text.startsWith(w, j - w.length)) return w;
    return undefined;
  }
}

function push(m: Map<number, string[]>, k: number, w: string): void {
  const l = m.get(k);
  if (l) l.push(w);
  else m.set(k, [w]);
}

export function isCjk(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** Strip quotes, 《》 and spaces from a surface to get a name. */
export function bareName(s: string): string {
  return s.replace(/[“”"'‘’《》\s]/g, '');
}

/**
 * The left edge of a name that ends where a head noun starts (`headStart`): scan back over Chinese
 * characters and digits, taking a quoted part whole (“反诈+业务”职能体系) or stopping before it,
 * until `stopsAt(j)` says a word that cannot be inside the name ends at j. Returns -1 when no edge
 * lies within `maxLen` characters (the name would be cut).
 */
export function leftEdge(t: string, headStart: number, maxLen: number, stopsAt: (j: number) => boolean): number {
  let j = headStart;
  const limit = Math.max(0, headStart - maxLen);
  while (j > limit) {
    const c = t.charCodeAt(j - 1);
    if (c === 0x201d) {
      const q = t.lastIndexOf('“', j - 1);
      if (q < 0 || q < j - 24) break;
      j = q;
      continue;
    }
    if ((!isCjk(c) && !(c >= 0x30 && c <= 0x39)) || stopsAt(j)) break;
    j--;
  }
  return j === limit && limit > 0 ? -1 : j;
}
