// Files → merged graph; a bad document is reported and skipped.
import { basename, extname } from 'node:path';
import type { Graph } from './model.js';
import { readDocument, DocumentError } from './read-document.js';
import { extractDocument as legacyExtract } from './extract-document.js';
import { extractDocument as pipelineExtract, type DocumentInput } from './pipeline/index.js';
import { mergeGraphs } from './merge-graphs.js';
import type { FileProblem } from './list-files.js';

export function documentIdFor(path: string): string {
  return basename(path, extname(path));
}

/**
 * The extractors: `legacy` (the default, tuned on the sample replies) and `pipeline`, the staged
 * pipeline of ingest/pipeline/ that generalises to other provinces and genres and becomes the
 * default once it matches the legacy extractor on the samples (see ingest/README.md).
 */
export const EXTRACTORS: Record<'legacy' | 'pipeline', (input: DocumentInput) => Graph> = { legacy: legacyExtract, pipeline: pipelineExtract };
export type ExtractorName = keyof typeof EXTRACTORS;

/** Reads and extracts one file; throws DocumentError when the file cannot be read as a document. */
export async function extractFile(path: string, extractor: ExtractorName = 'pipeline'): Promise<Graph> {
  const doc = await readDocument(path);
  return EXTRACTORS[extractor]({ id: documentIdFor(path), source: doc.source, sha256: doc.sha256, text: doc.text });
}

export async function extractFiles(
  paths: string[],
  onProgress?: (done: number, total: number, file: string) => void,
  extractor: ExtractorName = 'pipeline',
): Promise<{ graph: Graph; problems: FileProblem[] }> {
  const graphs: Graph[] = [];
  const problems: FileProblem[] = [];
  let done = 0;
  for (const p of paths) {
    try {
      graphs.push(await extractFile(p, extractor));
    } catch (e) {
      if (e instanceof DocumentError) problems.push({ file: e.file, reason: e.reason });
      else problems.push({ file: p, reason: `extraction failed: ${(e as Error).message}` });
    }
    onProgress?.(++done, paths.length, p);
  }
  return { graph: mergeGraphs(graphs), problems };
}
