// Extraction as a pipeline of named stages over one Doc (spaCy's model): structure → mentions →
// resolution → relations → graph. Pure, synchronous, deterministic.
import type { Graph } from '../model.js';
import { normalizeText } from '../normalize.js';
import type { Doc } from './doc.js';
import { toGraph } from './graph.js';
import { mentions } from './mentions.js';
import { relations } from './relations.js';
import { resolve } from './resolve.js';
import { structure } from './structure.js';

export interface DocumentInput {
  id: string;
  source: string;
  sha256: string;
  text: string;
}

export const STAGES: readonly { name: string; run: (doc: Doc) => void }[] = [
  { name: 'structure', run: structure },
  { name: 'mentions', run: mentions },
  { name: 'resolve', run: resolve },
  { name: 'relations', run: relations },
];

export function makeDoc(input: DocumentInput): Doc {
  const nt = normalizeText(input.text);
  return { ...input, nt, text: nt.text, meta: { genre: 'other', addressees: [], region: {} }, sentences: [], clauses: [], mentions: [], entities: new Map(), facts: [] };
}

export function extractDocument(input: DocumentInput): Graph {
  const doc = makeDoc(input);
  for (const stage of STAGES) stage.run(doc);
  return toGraph(doc);
}
