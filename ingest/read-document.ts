// Reading a document file into text: .txt (UTF-8 ± BOM, UTF-16 LE/BE with BOM, GB18030/GBK),
// .docx (mammoth), .pdf with a text layer (unpdf), .html/.htm. Bad inputs throw DocumentError.
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname } from 'node:path';

export class DocumentError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'DocumentError';
    this.file = file;
    this.reason = reason;
  }
}

/** Official texts are tens of KB; a file this large is a dump that should be split into documents. */
export const MAX_DOCUMENT_BYTES = 20 * 2 ** 20;

export const SUPPORTED_EXTENSIONS = ['.txt', '.docx', '.pdf', '.html', '.htm'] as const;

export interface ReadResult {
  source: string;
  sha256: string;
  text: string;
}

export async function readDocument(path: string): Promise<ReadResult> {
  checkExtension(path);
  let bytes: Buffer;
  try {
    checkSize(path, (await stat(path)).size);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof DocumentError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : `cannot read file (${code ?? String(e)})`;
    throw new DocumentError(path, why);
  }
  return decodeDocument(path, bytes);
}

/** Throws unless `file` names a supported type; returns its extension, lower case. */
export function checkExtension(file: string): string {
  const ext = extname(file).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) throw new DocumentError(file, `unsupported extension "${ext || '(none)'}"`);
  return ext;
}

/** Throws when a document of `size` bytes is over the limit. */
export function checkSize(file: string, size: number): void {
  if (size > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(file, `file is ${(size / 2 ** 20).toFixed(1)} MB; one document may be at most ${MAX_DOCUMENT_BYTES / 2 ** 20} MB (split it)`);
  }
}

/**
 * A document's bytes (read from disk, or uploaded) into text; `file` names it in errors and decides its type.
 * The same checks whatever the bytes came from, so an upload is refused for exactly what the command line refuses.
 */
export async function decodeDocument(file: string, bytes: Buffer): Promise<ReadResult> {
  const ext = checkExtension(file);
  checkSize(file, bytes.length);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) throw new DocumentError(file, 'empty file');
  let text: string;
  if (ext === '.txt') text = decodeText(file, bytes);
  else if (ext === '.html' || ext === '.htm') text = htmlToText(decodeText(file, bytes, true));
  else if (ext === '.docx') text = await readDocx(file, bytes);
  else text = await readPdf(file, bytes);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) throw new DocumentError(file, 'document contains only whitespace (no text)');
  checkGarbage(file, text);
  return { source: file, sha256, text };
}

/** Decode bytes of a text file: BOMs, UTF-8, else GB18030. */
export function decodeText(path: string, bytes: Uint8Array, html = false): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(path, bytes.subarray(3));
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(path, bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(path, bytes.subarray(2), 'utf-16be');
  // Control bytes (NUL and the like) never occur in text without a BOM: this is binary data.
  let ctrl = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x09 || (b > 0x0d && b < 0x1b) || (b > 0x1b && b < 0x20)) ctrl++;
  }
  if (ctrl / n > 0.01) throw new DocumentError(path, `binary data, not text (${((ctrl / n) * 100).toFixed(1)}% control bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    /* not UTF-8 */
  }
  // Valid UTF-8 but for a cut-off last character: GB18030 would turn it into plausible mojibake.
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
      throw new DocumentError(path, 'truncated UTF-8 (the file ends in the middle of a character)');
    } catch (e) {
      if (e instanceof DocumentError) throw e;
    }
  }
  if (html) {
    const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
    const cs = /charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (cs && cs !== 'utf-8' && cs !== 'utf8') {
      try {
        return new TextDecoder(cs, { fatal: true }).decode(bytes);
      } catch {
        /* fall through */
      }
    }
  }
  try {
    const s = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    // GB18030 accepts a lot; make sure it mostly yields CJK/ASCII, not noise
    let cjk = 0;
    let odd = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) cjk++;
      else if (c >= 0x80 && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xffef) && !(c >= 0x2000 && c <= 0x206f)) odd++;
    }
    if (odd > cjk) throw new Error('noise');
    return s;
  } catch {
    throw new DocumentError(path, 'invalid or truncated text encoding (neither UTF-8 nor GB18030)');
  }
}

function utf8(path: string, b: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    throw new DocumentError(path, 'invalid or truncated UTF-8 after BOM');
  }
}
function utf16(path: string, b: Uint8Array, enc: 'utf-16le' | 'utf-16be'): string {
  if (b.length % 2 !== 0) throw new DocumentError(path, `truncated ${enc.toUpperCase()} text (odd byte count)`);
  try {
    return new TextDecoder(enc, { fatal: true }).decode(b);
  } catch {
    throw new DocumentError(path, `invalid ${enc.toUpperCase()} text`);
  }
}

function checkGarbage(path: string, text: string): void {
  let ctrl = 0;
  let repl = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) || c === 0x7f) ctrl++;
    else if (c === 0xfffd) repl++;
  }
  const n = text.length;
  if ((ctrl + repl) / n > 0.05) throw new DocumentError(path, `binary garbage (${Math.round(((ctrl + repl) / n) * 100)}% control characters)`);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·', ensp: ' ', emsp: '　' };

export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, '');
  s = s.replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(/<\/?(?:p|div|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|pre|title|dd|dt|dl)\b[^>]*>/gi, '\n');
  s = s.replace(/<[^>]+>/g, '');
  s = s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
  s = s.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
  return s.trim() + '\n';
}

async function readDocx(path: string, bytes: Buffer): Promise<string> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new DocumentError(path, 'broken .docx (not a zip archive)');
  const mammoth = (await import('mammoth')).default;
  try {
    const r = await mammoth.extractRawText({ buffer: bytes });
    return r.value;
  } catch (e) {
    throw new DocumentError(path, `broken .docx (${(e as Error).message.split('\n')[0]})`);
  }
}

async function readPdf(path: string, bytes: Buffer): Promise<string> {
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') throw new DocumentError(path, 'broken PDF (no %PDF header)');
  if (/\/Encrypt\b/.test(Buffer.from(bytes).toString('latin1'))) throw new DocumentError(path, 'encrypted PDF');
  const { extractText, getDocumentProxy } = await import('unpdf');
  let text: string;
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const r = await extractText(pdf, { mergePages: true });
    text = Array.isArray(r.text) ? r.text.join('\n') : r.text;
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    if (/password|encrypt/i.test(msg)) throw new DocumentError(path, 'encrypted PDF');
    throw new DocumentError(path, `broken PDF (${msg.split('\n')[0]})`);
  }
  if (text.replace(/\s+/g, '').length === 0) throw new DocumentError(path, 'PDF has no text layer (scanned?)');
  return text;
}
