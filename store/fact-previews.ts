// A fact's first evidence items kept verbatim on its summary (:Fact.preview), so the questions people ask first (an
// entity's relations, a campaign's participants, each with its first quotes) read one property per fact instead
// of looking up every quote's relationship and document: that lookup was most of a hub's answer time.
// The preview is the first PREVIEW_EVIDENCE items in evidence-key order, each the JSON of the item as the API
// returns it (evidence-by-keys' shape: quote, offsets, rule, its document's id, title and date).
import type { Row } from './db.ts';
import type { RawEvidence } from './evidence.ts';

/** Evidence items kept per fact: the explorer shows three quotes per fact and fetches the rest on demand. */
export const PREVIEW_EVIDENCE = 3;

export interface PreviewedEvidence extends RawEvidence {
  document: { id: string; title: string | null; date: string | null } | null;
}

/** One preview item; the same fields, in the same order, whether written at load or rebuilt after a removal. */
export function evidencePreview(e: PreviewedEvidence): string {
  const { doc, quote, start, end, spanStart, spanEnd, rule, document: d } = e;
  const document = d && { id: d.id, title: d.title ?? null, date: d.date ?? null };
  return JSON.stringify({ doc, quote, start, end, spanStart: spanStart ?? null, spanEnd: spanEnd ?? null, rule: rule ?? null, document });
}

type Run = (name: 'evidence-by-keys' | 'facts-preview', params: Record<string, unknown>) => Promise<Row[]>;

/**
 * Rebuilds the previews of facts whose evidence changed other than by appending (a document removed or replaced):
 * their first keys are read back with their documents and written as the preview. Cypher has no JSON writer, so
 * this runs here, in the caller's transaction.
 */
export async function rebuildPreviews(run: Run, facts: { id: string; keys: string[] }[]): Promise<void> {
  if (!facts.length) return;
  const found = await run('evidence-by-keys', { keys: facts.flatMap((f) => f.keys) });
  const byKey = new Map(found.map((r) => [r.key as string, r as unknown as PreviewedEvidence]));
  const rows = facts.map((f) => ({ id: f.id, preview: f.keys.flatMap((k) => (byKey.has(k) ? [evidencePreview(byKey.get(k)!)] : [])) }));
  await run('facts-preview', { rows });
}
