// Upload in the browser: POST /api/documents takes one file's raw bytes (its name, URI-encoded, in X-File-Name)
// and puts it through the same reading, extraction and store path as `npm run ingest` — one document, written
// whole in one transaction. GET /api/upload tells the explorer whether uploads are on and their limits.
// Raw bytes rather than multipart: one file per request keeps the per-file progress and answer simple, and
// needs no parser beyond counting bytes.
import { Router, type Request, type Response } from 'express';
import type { Config } from '../store/config.ts';
import type { Db } from '../store/db.ts';
import { AppError } from '../store/errors.ts';
import { loadDocumentGraph, type LoadResult } from '../store/load-graph.ts';
import { extractUpload, MAX_DOCUMENT_BYTES, SUPPORTED_EXTENSIONS, uploadProblem } from '../ingest/index.ts';
import type { GraphVersion } from './response-cache.ts';

export const UPLOAD_PATH = '/api/documents';
export const UPLOAD_SETTINGS_PATH = '/api/upload';
export const FILE_NAME_HEADER = 'x-file-name';

export type UploadCode = 'UPLOADS_OFF' | 'UNAUTHENTICATED' | 'NO_FILE_NAME' | 'UNSUPPORTED_TYPE' | 'TOO_LARGE' | 'BAD_DOCUMENT' | 'DATABASE_UNAVAILABLE';

/** What the explorer shows per file: the counts for its own words, `message` the same in English. */
export type UploadAnswer =
  | { file: string; status: 'loaded' | 'unchanged'; document: string; entities: number; relations: number; message: string }
  | { file: string; status: 'rejected'; code: UploadCode; reason: string; message: string };

interface UploadDeps {
  config: Config;
  db: Db;
  /** Told after a load, so cached answers of the old graph are not served again. */
  version: GraphVersion;
  /** The same constant-time bearer check as the GraphQL mutations. */
  canWrite: (req: Request) => boolean;
}

function reject(res: Response, status: number, file: string, code: UploadCode, reason: string): void {
  const answer: UploadAnswer = { file, status: 'rejected', code, reason, message: file ? `${file}: ${reason}` : reason };
  res.status(status).json(answer);
}

/** The base name the browser sent: no folders (a name is never a path on this machine), no control characters. */
export function uploadName(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string' || !header) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    return undefined;
  }
  name = name.split(/[\\/]/).pop()!.trim();
  // eslint-disable-next-line no-control-regex
  if (!name || name === '.' || name === '..' || name.length > 255 || /[\u0000-\u001f\u007f]/.test(name)) return undefined;
  return name;
}

/**
 * The body, or undefined when it passes `max` bytes. A body over the limit is still read to its end (and dropped):
 * leaving the loop early would destroy the socket, and the client would never see the answer saying why.
 */
async function readBody(req: Request, max: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= max) chunks.push(chunk);
  }
  return size > max ? undefined : Buffer.concat(chunks);
}

async function upload(deps: UploadDeps, req: Request, res: Response): Promise<void> {
  if (!deps.config.WRITE_TOKEN) {
    reject(res, 403, '', 'UPLOADS_OFF', 'uploads are off: the server has no WRITE_TOKEN configured');
    return;
  }
  if (!deps.canWrite(req)) {
    reject(res, 401, '', 'UNAUTHENTICATED', 'uploading needs the write token (header Authorization: Bearer <WRITE_TOKEN>)');
    return;
  }
  const name = uploadName(req.headers[FILE_NAME_HEADER]);
  if (!name) {
    reject(res, 400, '', 'NO_FILE_NAME', `missing or invalid file name (header X-File-Name, URI-encoded)`);
    return;
  }
  const declared = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']);
  const early = uploadProblem(name, declared);
  if (early) {
    reject(res, early.kind === 'type' ? 415 : 413, name, early.kind === 'type' ? 'UNSUPPORTED_TYPE' : 'TOO_LARGE', early.reason);
    return;
  }
  const bytes = await readBody(req, MAX_DOCUMENT_BYTES);
  if (!bytes) {
    // A body without a length that turned out too big: the same words as for a known size.
    const late = uploadProblem(name, MAX_DOCUMENT_BYTES + 1)!;
    reject(res, 413, name, 'TOO_LARGE', late.reason.replace(/^file is [\d.]+ MB/, 'file is over the limit'));
    return;
  }
  const graph = await extractUpload(name, bytes);
  if ('reason' in graph) {
    reject(res, 422, name, 'BAD_DOCUMENT', graph.reason);
    return;
  }
  let result: LoadResult;
  try {
    result = await loadDocumentGraph(deps.db, graph);
  } catch (err) {
    // The transaction rolled back: nothing of the document is stored, and sending it again later is safe.
    if (!(err instanceof AppError && err.code === 'DATABASE_UNAVAILABLE')) throw err;
    reject(res, 503, name, 'DATABASE_UNAVAILABLE', 'not stored: the database is unavailable; nothing was written, try again');
    return;
  }
  deps.version.changed();
  const document = result.document;
  const answer: UploadAnswer =
    result.status === 'unchanged'
      ? { file: name, status: 'unchanged', document, entities: 0, relations: 0, message: `${name}: unchanged (the same content is already stored as document ${document})` }
      : {
          file: name,
          status: 'loaded',
          document,
          entities: result.nodes,
          relations: result.relationships,
          message: `${name}: loaded as document ${document} with ${result.nodes + result.relationships} facts (${result.nodes} entities, ${result.relationships} relations)`,
        };
  res.status(result.status === 'loaded' ? 201 : 200).json(answer);
}

export function uploadRoutes(deps: UploadDeps): Router {
  const router = Router();
  router.get(UPLOAD_SETTINGS_PATH, (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.json({ enabled: !!deps.config.WRITE_TOKEN, maxBytes: MAX_DOCUMENT_BYTES, extensions: SUPPORTED_EXTENSIONS });
  });
  // Express 5 passes a rejected promise (database down, a bug) to the app's error handler.
  router.post(UPLOAD_PATH, (req, res) => upload(deps, req, res));
  return router;
}
