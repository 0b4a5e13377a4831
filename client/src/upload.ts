// Uploading documents: the server's settings, one file per request with upload progress (XMLHttpRequest: fetch
// reports no upload progress), and each outcome in the interface language. The server is the judge of every
// file; the checks here only spare sending a file it would refuse for its type or size.
import { t, type Lang } from './i18n.ts';

export const TOKEN_KEY = 'afg.writeToken';

export interface UploadSettings {
  enabled: boolean;
  maxBytes: number;
  extensions: string[];
}

/** The server's answer for one file (see server/upload.ts), or a failure before it answered. */
export type UploadOutcome =
  | { status: 'loaded' | 'unchanged'; file: string; document: string; entities: number; relations: number }
  | { status: 'rejected'; file: string; code: string; reason: string }
  | { status: 'failed'; file: string; reason: string };

export type UploadPhase = { kind: 'waiting' } | { kind: 'sending'; sent: number; total: number } | { kind: 'extracting' } | { kind: 'done'; outcome: UploadOutcome };

export async function uploadSettings(): Promise<UploadSettings> {
  try {
    const res = await fetch('/api/upload', { headers: { accept: 'application/json' } });
    if (res.ok) return (await res.json()) as UploadSettings;
  } catch {
    /* an older server, or none: no uploads offered */
  }
  return { enabled: false, maxBytes: 0, extensions: [] };
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const extensionOf = (name: string) => /\.[^.]+$/.exec(name)?.[0]?.toLowerCase() ?? '';

/** A file the server would refuse for its type or size, answered here with the server's code. */
export function precheck(file: { name: string; size: number }, s: UploadSettings): UploadOutcome | undefined {
  const ext = extensionOf(file.name);
  if (!s.extensions.includes(ext)) return { status: 'rejected', file: file.name, code: 'UNSUPPORTED_TYPE', reason: ext };
  if (file.size > s.maxBytes) return { status: 'rejected', file: file.name, code: 'TOO_LARGE', reason: `${mb(file.size)} MB` };
  return undefined;
}

/** Sends one file; `onPhase` hears the bytes sent, then "extracting" once they are all in. Never rejects. */
export function uploadFile(file: File, token: string, onPhase: (p: UploadPhase) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => onPhase({ kind: 'sending', sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.upload.onload = () => onPhase({ kind: 'extracting' });
    xhr.onerror = () => resolve({ status: 'failed', file: file.name, reason: 'network' });
    xhr.onload = () => {
      try {
        const body = JSON.parse(xhr.responseText) as UploadOutcome & { message?: string };
        resolve(body.status ? body : { status: 'failed', file: file.name, reason: `HTTP ${xhr.status}` });
      } catch {
        resolve({ status: 'failed', file: file.name, reason: `HTTP ${xhr.status}` });
      }
    };
    xhr.send(file);
  });
}

/** What happened to a file, in words. */
export function outcomeText(lang: Lang, o: UploadOutcome, s: UploadSettings): string {
  if (o.status === 'rejected') return t(lang, 'upload.rejected', { reason: rejectedText(lang, o, s) });
  if (o.status === 'failed') return t(lang, 'upload.failed', { msg: o.reason });
  if (o.status === 'unchanged') return t(lang, 'upload.unchanged');
  return t(lang, 'upload.loaded', { n: o.entities + o.relations, e: o.entities, r: o.relations });
}

function rejectedText(lang: Lang, o: Extract<UploadOutcome, { status: 'rejected' }>, s: UploadSettings): string {
  const max = mb(s.maxBytes).replace(/\.0$/, '');
  if (o.code === 'UNSUPPORTED_TYPE') return t(lang, 'upload.badType', { ext: extensionOf(o.file) || '—', list: s.extensions.join(' ') });
  if (o.code === 'TOO_LARGE') return t(lang, 'upload.tooBig', { size: /([\d.]+) MB/.exec(o.reason)?.[1] ?? `> ${max}`, max });
  if (o.code === 'UNAUTHENTICATED') return t(lang, 'upload.unauthorized');
  if (o.code === 'UPLOADS_OFF') return t(lang, 'upload.off');
  if (o.code === 'DATABASE_UNAVAILABLE') return t(lang, 'upload.dbDown');
  return t(lang, 'upload.unreadable', { reason: o.reason });
}

export function phaseText(lang: Lang, p: UploadPhase, s: UploadSettings): string {
  if (p.kind === 'waiting') return t(lang, 'upload.waiting');
  if (p.kind === 'extracting') return t(lang, 'upload.extracting');
  if (p.kind === 'sending') return t(lang, 'upload.sending', { sent: kb(p.sent), total: kb(p.total) });
  return outcomeText(lang, p.outcome, s);
}

const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 2 ** 20 ? `${(bytes / 1024).toFixed(0)} KB` : `${mb(bytes)} MB`);
