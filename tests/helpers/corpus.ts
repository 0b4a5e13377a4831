import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The sample corpus texts by document id (file stem); all sample files are UTF-8 .txt. */
export const corpusTexts: ReadonlyMap<string, string> = new Map(
  readdirSync('corpus')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [basename(f, '.txt'), readFileSync(join('corpus', f), 'utf8').replace(/^\uFEFF/, '')]),
);

export interface EvidenceLike {
  document: { id: string; title?: string | null } | string;
  quote: string;
  start: number;
  end: number;
}

/** Asserts-friendly check: the quote is exactly the document text at its offsets. */
export function quoteMatchesDocument(ev: EvidenceLike): boolean {
  const id = typeof ev.document === 'string' ? ev.document : ev.document.id;
  const text = corpusTexts.get(id);
  return text !== undefined && text.slice(ev.start, ev.end) === ev.quote;
}
