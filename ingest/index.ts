// Extraction's one entry point for the layers above it (the store's loader is fed through `documentSource`,
// the API's ingest mutation calls `extractDocument`, its upload route `uploadProblem` and `extractUpload`). Pure text → graph; imports no database, API or client code.
import { extractBytes, extractFile } from './extract-files.ts';
import { listDocumentFiles } from './list-files.ts';
import { checkExtension, checkSize, DocumentError } from './read-document.ts';
import type { DocumentSource, FileProblem, Graph } from './model.ts';
import { AGENCY_KINDS, OTHER_KIND } from './patterns/agency-kinds.ts';
import { regionOfName } from './pipeline/region.ts';

export { extractDocument, type DocumentInput } from './pipeline/index.ts';
export { ENTITY_TYPES, RELATION_TYPES } from './model.ts';
export { normalizeQuery } from './normalize.ts';
export type { DocumentSource, EntityType, FileProblem, Graph } from './model.ts';
export { MAX_DOCUMENT_BYTES, SUPPORTED_EXTENSIONS } from './read-document.ts';

/** Region of agencies named after no province (公安部, 中国人民银行). */
export const NATIONAL = '全国';

/** The province an agency's name places it in (湖南省公安厅, 长沙市公安局 → 湖南省), or 全国 for a national body (公安部). */
export function agencyRegion(name: string): string {
  return regionOfName(name)?.province ?? NATIONAL;
}

/** What kind of body an agency's name says it is (公安, 网信, 金融 …; 其他 when none), in Chinese and English. */
export function agencyKindOf(name: string): { kind: string; en: string } {
  const k = AGENCY_KINDS.find((x) => x.pattern.test(name));
  return k ? { kind: k.kind, en: k.en } : OTHER_KIND;
}

/**
 * The documents under `paths` (files or folders), in order, with those already found unusable, and how to extract
 * one: a bad document (unreadable, empty, encrypted …) resolves to a problem, anything else (a bug) rejects.
 */
export async function documentSource(paths: string[]): Promise<DocumentSource> {
  const { files, problems } = await listDocumentFiles(paths);
  return {
    files,
    problems,
    extract: (file) => asProblem(() => extractFile(file)),
  };
}

/** A bad document's problem instead of the DocumentError; anything else (a bug) rejects. */
async function asProblem<T>(work: () => T | Promise<T>): Promise<T | FileProblem> {
  try {
    return await work();
  } catch (err) {
    if (!(err instanceof DocumentError)) throw err;
    return { file: err.file, reason: err.reason };
  }
}

export type UploadProblem = FileProblem & { kind: 'type' | 'size' };

/** Before an upload's bytes are read: why a file of this name (and size, when known) would be refused. */
export function uploadProblem(name: string, size?: number): UploadProblem | undefined {
  const problem = (kind: UploadProblem['kind'], check: () => unknown): UploadProblem | undefined => {
    try {
      check();
      return undefined;
    } catch (err) {
      if (!(err instanceof DocumentError)) throw err;
      return { file: err.file, reason: err.reason, kind };
    }
  };
  return problem('type', () => checkExtension(name)) ?? (size === undefined ? undefined : problem('size', () => checkSize(name, size)));
}

/** An uploaded file's graph, or the problem that makes it unusable (same checks as files read from disk). */
export function extractUpload(name: string, bytes: Buffer): Promise<Graph | FileProblem> {
  return asProblem(() => extractBytes(name, bytes));
}
