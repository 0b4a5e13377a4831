// Extraction's one entry point for the layers above it (the store's loader is fed through `documentSource`,
// the API's ingest mutation calls `extractDocument`). Pure text → graph; imports no database, API or client code.
import { extractFile } from './extract-files.ts';
import { listDocumentFiles } from './list-files.ts';
import { DocumentError } from './read-document.ts';
import type { DocumentSource } from './model.ts';
import { regionOfName } from './pipeline/region.ts';

export { extractDocument, type DocumentInput } from './pipeline/index.ts';
export { ENTITY_TYPES, RELATION_TYPES } from './model.ts';
export type { DocumentSource, EntityType, FileProblem, Graph } from './model.ts';

/** The province an agency's name places it in (湖南省公安厅, 长沙市公安局 → 湖南省); none for a national body (公安部). */
export function provinceOfName(name: string): string | undefined {
  return regionOfName(name)?.province;
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
    async extract(file) {
      try {
        return await extractFile(file);
      } catch (err) {
        if (!(err instanceof DocumentError)) throw err;
        return { file: err.file, reason: err.reason };
      }
    },
  };
}
