// Loads the documents a source extracts: a bad file is reported and skipped, and the rest still go in.
// Documents are written whole, several per transaction (a crash loses at most the batch in flight, which the
// next run loads again), and the next batch is extracted while the database writes the previous one.
// The source (files and how to extract one) comes from extraction (`ingest/index.ts` → `documentSource`);
// the store only sees its shape, so it imports nothing of extraction but the model.
import type { Db } from './db.ts';
import type { DocumentSource, FileProblem, Graph } from '../ingest/model.ts';
import { loadDocumentGraphs, type LoadResult } from './load-graph.ts';


export interface IngestSummary {
  documents: number;
  loaded: number;
  unchanged: number;
  nodes: number;
  relationships: number;
  seconds: number;
  problems: FileProblem[];
}

export interface IngestOptions {
  /** Documents per transaction; 1 writes each document in its own transaction. */
  docsPerTx?: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

export const DEFAULT_DOCS_PER_TX = 50;
/** A batch is also closed once it holds this many evidence relationships, to bound transaction memory. */
const MAX_RELS_PER_TX = 10_000;

export async function loadDocuments(db: Db, source: DocumentSource, opts: IngestOptions = {}): Promise<IngestSummary> {
  const { docsPerTx = DEFAULT_DOCS_PER_TX, onProgress = () => {} } = opts;
  const started = performance.now();
  const { files, problems } = source;
  const summary: IngestSummary = { documents: files.length, loaded: 0, unchanged: 0, nodes: 0, relationships: 0, seconds: 0, problems: [...problems] };
  let done = 0;
  const count = (results: LoadResult[]) => {
    for (const r of results) {
      if (r.status === 'unchanged') summary.unchanged++;
      else summary.loaded++;
      summary.nodes += r.nodes;
      summary.relationships += r.relationships;
    }
  };

  let writing: Promise<void> = Promise.resolve();
  let batch: { graph: Graph; file: string }[] = [];
  let batchRels = 0;
  const flush = async () => {
    const items = batch;
    batch = [];
    batchRels = 0;
    await writing; // one transaction at a time, in file order
    writing = loadDocumentGraphs(db, items.map((i) => i.graph)).then((results) => {
      count(results);
      for (const i of items) onProgress(++done, files.length, i.file);
    });
    writing.catch(() => {}); // observed by the next await; keeps Node from reporting it as unhandled meanwhile
  };

  for (const file of files) {
    // Only a bad document is reported and skipped; anything else (a bug) rejects and stops the run.
    const graph = await source.extract(file);
    if ('reason' in graph) {
      summary.problems.push(graph);
      onProgress(++done, files.length, file);
      continue;
    }
    const id = graph.documents[0]!.id;
    if (batch.some((b) => b.graph.documents[0]!.id === id)) await flush();
    batch.push({ graph, file });
    batchRels += graph.edges.reduce((n, e) => n + e.evidence.length, 0);
    if (batch.length >= docsPerTx || batchRels >= MAX_RELS_PER_TX) await flush();
  }
  if (batch.length) await flush();
  await writing;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
