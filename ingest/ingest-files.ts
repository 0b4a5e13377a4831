// Reads, extracts and loads documents one at a time: each document is its own transaction, a bad file
// is reported and skipped, and the rest still go in.
import type { Db } from '../server/db.ts';
import { extractFile } from './extract-files.ts';
import { listDocumentFiles } from './list-files.ts';
import { loadDocumentGraph } from './load-graph.ts';
import { DocumentError } from './read-document.ts';

export interface Problem {
  file: string;
  reason: string;
}

export interface IngestSummary {
  documents: number;
  loaded: number;
  unchanged: number;
  nodes: number;
  relationships: number;
  seconds: number;
  problems: Problem[];
}

export async function ingestFiles(
  db: Db,
  paths: string[],
  onProgress: (done: number, total: number, file: string) => void = () => {},
): Promise<IngestSummary> {
  const started = performance.now();
  const { files, problems } = await listDocumentFiles(paths);
  const summary: IngestSummary = { documents: files.length, loaded: 0, unchanged: 0, nodes: 0, relationships: 0, seconds: 0, problems: [...problems] };
  for (const [i, file] of files.entries()) {
    try {
      const result = await loadDocumentGraph(db, await extractFile(file));
      if (result.status === 'unchanged') summary.unchanged++;
      else summary.loaded++;
      summary.nodes += result.nodes;
      summary.relationships += result.relationships;
    } catch (err) {
      // Database failures are not the document's fault: stop rather than report every file.
      if (!(err instanceof DocumentError)) throw err;
      summary.problems.push({ file: err.file, reason: err.reason });
    }
    onProgress(i + 1, files.length, file);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
