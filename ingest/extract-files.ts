// Files → merged graph; a bad document is reported and skipped.
import { basename, extname } from 'node:path';
import type { Graph } from './model.js';
import { readDocument, decodeDocument, DocumentError } from './read-document.js';
import { extractDocument } from './pipeline/index.js';
import { mergeGraphs } from './merge-graphs.js';
import type { FileProblem } from './model.js';

export function documentIdFor(path: string): string {
  return basename(path, extname(path));
}

/** Reads and extracts one file; throws DocumentError when the file cannot be read as a document. */
export async function extractFile(path: string): Promise<Graph> {
  const doc = await readDocument(path);
  return extractDocument({ id: documentIdFor(path), source: doc.source, sha256: doc.sha256, text: doc.text });
}

/**
 * Reads and extracts an uploaded file: `name` (its base name, as the browser gives it) sets the type and the
 * document id exactly as a file of that name on disk does, so an upload and `npm run ingest` of the same file agree.
 */
export async function extractBytes(name: string, bytes: Buffer): Promise<Graph> {
  const doc = await decodeDocument(name, bytes);
  return extractDocument({ id: documentIdFor(name), source: `upload:${name}`, sha256: doc.sha256, text: doc.text });
}

export async function extractFiles(
  paths: string[],
  onProgress?: (done: number, total: number, file: string) => void,
): Promise<{ graph: Graph; problems: FileProblem[] }> {
  const graphs: Graph[] = [];
  const problems: FileProblem[] = [];
  let done = 0;
  for (const p of paths) {
    try {
      graphs.push(await extractFile(p));
    } catch (e) {
      if (e instanceof DocumentError) problems.push({ file: e.file, reason: e.reason });
      else problems.push({ file: p, reason: `extraction failed: ${(e as Error).message}` });
    }
    onProgress?.(++done, paths.length, p);
  }
  return { graph: mergeGraphs(graphs), problems };
}
