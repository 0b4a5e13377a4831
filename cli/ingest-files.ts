// Files or folders → extraction → the store, the composition behind `npm run ingest` (also used by tests and bench).
import { documentSource } from '../ingest/index.ts';
import type { Db } from '../store/db.ts';
import { loadDocuments, type IngestOptions, type IngestSummary } from '../store/load-documents.ts';

export { DEFAULT_DOCS_PER_TX, type IngestOptions, type IngestSummary } from '../store/load-documents.ts';

export async function ingestFiles(db: Db, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  return loadDocuments(db, await documentSource(paths), opts);
}
