// Evidence items as the queries in cypher/ return them, and the one order they are listed in everywhere
// (export and API): by document, then position.

export interface RawEvidence {
  doc: string;
  quote: string;
  start: number;
  end: number;
  spanStart?: number | null;
  spanEnd?: number | null;
  rule?: string | null;
}

export const byDocumentAndPosition = (a: { doc: string; start: number; end: number }, b: { doc: string; start: number; end: number }) =>
  a.doc.localeCompare(b.doc) || a.start - b.start || a.end - b.end;
