// Reading files: encodings, HTML, docx, PDF, bad inputs; listing folders; the CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, rmSync, chmodSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { readDocument, DocumentError, htmlToText } from '../ingest/read-document.ts';
import { listDocumentFiles } from '../ingest/list-files.ts';
import { extractFiles } from '../ingest/extract-files.ts';
import { docx } from './helpers/docx.ts';

const SAMPLE = '湖南省公安厅\n\n省公安厅会同省委网信办出台《工作方案》。\n';
let dir: string;
const p = (name: string) => join(dir, name);

// a one-page PDF with no text layer (an empty page)
function emptyPdf(): Buffer {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << >> >>',
    '<< /Length 0 >>\nstream\n\nendstream',
  ];
  let out = '%PDF-1.4\n';
  const offs: number[] = [];
  objs.forEach((o, i) => {
    offs.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function reason(path: string): Promise<string> {
  try {
    await readDocument(path);
  } catch (e) {
    expect(e).toBeInstanceOf(DocumentError);
    expect((e as DocumentError).file).toBe(path);
    return (e as DocumentError).reason;
  }
  throw new Error('expected a DocumentError');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-read-'));
  writeFileSync(p('utf8.txt'), SAMPLE);
  writeFileSync(p('bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]));
  writeFileSync(p('le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]));
  const be = Buffer.from(SAMPLE, 'utf16le');
  be.swap16();
  writeFileSync(p('be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  writeFileSync(p('gbk.txt'), Buffer.from(new Uint8Array([...gbk(SAMPLE)])));
  writeFileSync(p('page.html'), '<html><head><title>答复</title><style>p{color:red}</style><script>var a="省公安厅";</script></head><body><div>湖南省公安厅</div><p>省公安厅&amp;省委网信办&nbsp;联合&ldquo;断卡&rdquo;行动</p><br>第二行&#x4E00;</body></html>');
  writeFileSync(p('good.docx'), docx(['湖南省公安厅', '省公安厅印发《湖南省反诈工作方案》。']));
  writeFileSync(p('broken.docx'), Buffer.from('PK\u0003\u0004 this is not really a zip'));
  writeFileSync(p('notzip.docx'), Buffer.from('hello'));
  writeFileSync(p('empty.txt'), '');
  writeFileSync(p('blank.txt'), ' \n\t\u3000\n  ');
  writeFileSync(p('binary.txt'), Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 7) % 32)));
  writeFileSync(p('trunc.txt'), Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]));
  writeFileSync(p('scan.pdf'), emptyPdf());
  writeFileSync(p('enc.pdf'), Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Encrypt 5 0 R /Root 1 0 R >>\n%%EOF\n', 'latin1'));
  writeFileSync(p('notes.md'), '# no');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function gbk(s: string): Uint8Array {
  // encode via a reverse table built with TextDecoder('gbk') for the characters we need
  const dec = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out.push(c);
    else out.push(...table.get(ch)!);
  }
  return new Uint8Array(out);
}

describe('readDocument', () => {
  it('reads UTF-8 with and without BOM, UTF-16 LE/BE, and GBK without declaration', async () => {
    for (const f of ['utf8.txt', 'bom.txt', 'le.txt', 'be.txt', 'gbk.txt']) {
      const r = await readDocument(p(f));
      expect(r.text, f).toBe(SAMPLE);
      expect(r.source).toBe(p(f));
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect((await readDocument(p('bom.txt'))).sha256).not.toBe((await readDocument(p('utf8.txt'))).sha256);
  });

  it('strips HTML tags, scripts and styles, decodes entities and keeps block breaks', async () => {
    const r = await readDocument(p('page.html'));
    expect(r.text).toContain('湖南省公安厅\n');
    expect(r.text).toContain('省公安厅&省委网信办\u00a0联合“断卡”行动');
    expect(r.text).toContain('第二行一');
    expect(r.text).not.toContain('color');
    expect(r.text).not.toContain('var a');
    expect(htmlToText('<p>a</p><p>b</p>')).toBe('a\n\nb\n');
  });

  it('reads a .docx built by hand', async () => {
    const r = await readDocument(p('good.docx'));
    expect(r.text).toContain('省公安厅印发《湖南省反诈工作方案》。');
  });

  it('gives clear reasons for bad inputs', async () => {
    expect(await reason(p('empty.txt'))).toBe('empty file');
    expect(await reason(p('blank.txt'))).toMatch(/whitespace/);
    expect(await reason(p('binary.txt'))).toMatch(/binary/);
    expect(await reason(p('trunc.txt'))).toMatch(/truncated/);
    expect(await reason(p('broken.docx'))).toMatch(/broken \.docx/);
    expect(await reason(p('notzip.docx'))).toMatch(/broken \.docx/);
    expect(await reason(p('scan.pdf'))).toBe('PDF has no text layer (scanned?)');
    expect(await reason(p('enc.pdf'))).toBe('encrypted PDF');
    expect(await reason(p('notes.md'))).toMatch(/unsupported extension/);
    expect(await reason(p('missing.txt'))).toMatch(/not found/);
  });

  it('reports unreadable files (permission)', async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    writeFileSync(p('secret.txt'), SAMPLE);
    chmodSync(p('secret.txt'), 0o000);
    expect(await reason(p('secret.txt'))).toBe('permission denied');
    chmodSync(p('secret.txt'), 0o644);
  });
});

describe('listDocumentFiles and extractFiles', () => {
  it('walks folders sorted, keeps supported files, survives symlink loops', async () => {
    const root = p('tree');
    mkdirSync(join(root, 'b', 'c'), { recursive: true });
    mkdirSync(join(root, 'a'), { recursive: true });
    writeFileSync(join(root, 'b', 'c', 'z.txt'), SAMPLE);
    writeFileSync(join(root, 'a', 'y.html'), '<p>湖南省公安厅</p>');
    writeFileSync(join(root, 'a', 'skip.md'), 'x');
    symlinkSync(root, join(root, 'b', 'loop'));
    const { files, problems } = await listDocumentFiles([root, p('nope')]);
    expect(files).toEqual([join(root, 'a', 'y.html'), join(root, 'b', 'c', 'z.txt')]);
    expect(problems).toEqual([{ file: p('nope'), reason: 'file not found' }]);
  });

  it('skips a bad document and still extracts the others', async () => {
    const { graph, problems } = await extractFiles([p('utf8.txt'), p('empty.txt'), p('good.docx')]);
    expect(problems).toEqual([{ file: p('empty.txt'), reason: 'empty file' }]);
    expect(graph.documents.map((d) => d.id)).toEqual(['good', 'utf8']);
    expect(graph.nodes.some((n) => n.name === '湖南省公安厅')).toBe(true);
  });
});

describe('cli-extract', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'ingest/cli-extract.ts', ...args], { encoding: 'utf8' });
  it('exits 0 on success, 1 with one error line per bad file, 2 on usage errors', () => {
    const out = p('g.json');
    const ok = cli([p('utf8.txt'), '--out', out, '--report']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/Agency: \d+/);
    const g = JSON.parse(readFileSync(out, 'utf8'));
    expect(g.documents[0]).toMatchObject({ id: 'utf8', source: p('utf8.txt') });
    const bad = cli([p('utf8.txt'), p('empty.txt'), p('blank.txt'), '--out', out]);
    expect(bad.status).toBe(1);
    const errs = bad.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errs).toEqual([`error: ${p('blank.txt')}: document contains only whitespace (no text)`, `error: ${p('empty.txt')}: empty file`]);
    expect(cli([p('utf8.txt')]).status).toBe(2);
    expect(cli(['--out', out]).status).toBe(2);
  });
});
