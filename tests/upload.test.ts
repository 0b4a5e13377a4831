// Upload in the browser, the API side: POST /api/documents with a file's bytes goes the way of `npm run ingest`
// (same checks, same extraction, one document per transaction); every answer names the file and says what happened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../store/config.ts';
import { removeDocument } from '../store/load-graph.ts';
import { createDb } from '../store/db.ts';
import { MAX_DOCUMENT_BYTES } from '../ingest/index.ts';
import { testDb } from './helpers/db.ts';
import { docx } from './helpers/docx.ts';
import { gql, serveApp, type RunningApp } from './helpers/app.ts';

const TOKEN = 'test-upload-token-0123456789';
const db = testDb();
let app: RunningApp;
let off: RunningApp;

const DOCX_NAME = '贵州省公安厅 答复.docx';
const DOCX = docx(['关于加强反诈宣传的答复', '贵州省公安厅牵头开展“断卡”专项行动，会同贵州省通信管理局推进技术反制。', '贵州省公安厅', '2024年3月1日']);
const TXT_NAME = 'yunnan-note.txt';
const TXT = Buffer.from('云南省公安厅牵头开展“断卡”专项行动，会同云南省通信管理局推进技术反制。\n', 'utf8');

type Answer = { file: string; status: string; document?: string; entities?: number; relations?: number; code?: string; reason?: string; message: string };

async function upload(base: string, name: string, body: Buffer, token: string | null = TOKEN) {
  const headers: Record<string, string> = { 'x-file-name': encodeURIComponent(name), 'content-type': 'application/octet-stream' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${base}/api/documents`, { method: 'POST', headers, body: new Uint8Array(body) });
  return { status: res.status, body: (await res.json()) as Answer };
}

const STATS = '{ stats { documents entities relations } }';
type Stats = { stats: { documents: number; entities: number; relations: number } };

beforeAll(async () => {
  await db.applySchema();
  app = await serveApp(loadConfig({ NODE_ENV: 'production', WRITE_TOKEN: TOKEN }), db);
  off = await serveApp(loadConfig({ NODE_ENV: 'production' }), db);
});
afterAll(async () => {
  // Leave the shared database as the other test files expect it.
  await removeDocument(db, '贵州省公安厅 答复');
  await removeDocument(db, 'yunnan-note');
  await app?.close();
  await off?.close();
  await db.close();
});

describe('POST /api/documents', () => {
  it('tells the explorer whether uploads are on, and its limits', async () => {
    const on = await (await fetch(`${app.url}/api/upload`)).json();
    expect(on).toEqual({ enabled: true, maxBytes: MAX_DOCUMENT_BYTES, extensions: ['.txt', '.docx', '.pdf', '.html', '.htm'] });
    expect((await (await fetch(`${off.url}/api/upload`)).json()).enabled).toBe(false);
  });

  it('refuses uploads when the server has no WRITE_TOKEN, and without the token', async () => {
    const disabled = await upload(off.url, TXT_NAME, TXT, TOKEN);
    expect(disabled.status).toBe(403);
    expect(disabled.body.message).toMatch(/uploads are off.*WRITE_TOKEN/);
    const anonymous = await upload(app.url, TXT_NAME, TXT, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ status: 'rejected', code: 'UNAUTHENTICATED' });
    expect(anonymous.body.message).toMatch(/write token/);
    const wrong = await upload(app.url, TXT_NAME, TXT, 'wrong-token-0123456789-abcdef');
    expect(wrong.status).toBe(401);
    // nothing went in
    const found = await gql<{ document: unknown }>(app.url, '{ document(id: "yunnan-note") { id } }');
    expect(found.data?.document).toBeNull();
  });

  it('loads a .txt and a .docx with their facts, and says so per file', async () => {
    const before = (await gql<Stats>(app.url, STATS)).data!.stats;
    const txt = await upload(app.url, TXT_NAME, TXT);
    expect(txt.status).toBe(201);
    expect(txt.body).toMatchObject({ file: TXT_NAME, status: 'loaded', document: 'yunnan-note' });
    expect(txt.body.relations).toBeGreaterThan(0);

    const word = await upload(app.url, DOCX_NAME, DOCX);
    expect(word.status).toBe(201);
    expect(word.body).toMatchObject({ file: DOCX_NAME, status: 'loaded', document: '贵州省公安厅 答复', entities: 4, relations: 3 });
    expect(word.body.message).toBe(`${DOCX_NAME}: loaded as document 贵州省公安厅 答复 with 7 facts (4 entities, 3 relations)`);

    // The graph holds them at once (the answer cache is keyed by the graph's version, which the load bumped).
    const after = (await gql<Stats>(app.url, STATS)).data!.stats;
    expect(after.documents).toBe(before.documents + 2);
    const q = '{ search(text: "贵州省公安厅", types: [Agency]) { name relations { type target { name } evidence { quote document { id title } } } } }';
    type Hit = { name: string; relations: { type: string; target: { name: string }; evidence: { quote: string; document: { id: string; title: string } }[] }[] };
    const hit = (await gql<{ search: Hit[] }>(app.url, q)).data!.search[0]!;
    expect(hit.name).toBe('贵州省公安厅');
    const leads = hit.relations.find((r) => r.type === 'LEADS' && r.target.name === '断卡')!;
    expect(leads.evidence[0]).toEqual({ quote: '贵州省公安厅牵头开展“断卡”专项行动，会同贵州省通信管理局推进技术反制', document: { id: '贵州省公安厅 答复', title: '关于加强反诈宣传的答复' } });
    const doc = await gql<{ document: { source: string } }>(app.url, '{ document(id: "yunnan-note") { source } }');
    expect(doc.data!.document.source).toBe(`upload:${TXT_NAME}`);
  });

  it('answers "unchanged" for the same content uploaded again, and writes nothing', async () => {
    const before = (await gql<Stats>(app.url, STATS)).data!.stats;
    const again = await upload(app.url, DOCX_NAME, DOCX);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ file: DOCX_NAME, status: 'unchanged', document: '贵州省公安厅 答复' });
    expect(again.body.message).toMatch(/unchanged/);
    expect((await gql<Stats>(app.url, STATS)).data!.stats).toEqual(before);
  });

  it('rejects a wrong type, a too-big file, a broken .docx and an empty file, naming the file and the problem', async () => {
    const before = (await gql<Stats>(app.url, STATS)).data!.stats;
    const exe = await upload(app.url, 'setup.exe', Buffer.from('MZ'));
    expect(exe.status).toBe(415);
    expect(exe.body).toMatchObject({ status: 'rejected', code: 'UNSUPPORTED_TYPE', message: 'setup.exe: unsupported extension ".exe"' });

    const big = await upload(app.url, '大文件.txt', Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x41));
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('TOO_LARGE');
    expect(big.body.message).toBe('大文件.txt: file is 20.0 MB; one document may be at most 20 MB (split it)');

    // sent in chunks, without a length: found too big while reading, and still answered
    const chunk = new Uint8Array(2 ** 20).fill(0x41);
    let left = 21;
    const stream = new ReadableStream<Uint8Array>({ pull: (c) => (left-- > 0 ? c.enqueue(chunk) : c.close()) });
    const chunked = await fetch(`${app.url}/api/documents`, {
      method: 'POST',
      headers: { 'x-file-name': encodeURIComponent('流式.txt'), authorization: `Bearer ${TOKEN}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as Answer).message).toBe('流式.txt: file is over the limit; one document may be at most 20 MB (split it)');

    const broken = await upload(app.url, 'broken.docx', Buffer.from('PK\u0003\u0004 this is not really a zip'));
    expect(broken.status).toBe(422);
    expect(broken.body.message).toMatch(/^broken\.docx: broken \.docx/);

    const empty = await upload(app.url, 'empty.txt', Buffer.alloc(0));
    expect(empty.status).toBe(422);
    expect(empty.body.message).toBe('empty.txt: empty file');

    const nameless = await upload(app.url, '', TXT);
    expect(nameless.status).toBe(400);
    expect(nameless.body.code).toBe('NO_FILE_NAME');
    expect((await gql<Stats>(app.url, STATS)).data!.stats).toEqual(before);
  });

  it('keeps only the base name of a path-like file name', async () => {
    const res = await upload(app.url, '../../etc/yunnan-note.txt', TXT);
    expect(res.body).toMatchObject({ file: 'yunnan-note.txt', status: 'unchanged', document: 'yunnan-note' });
  });

  it('says the database is unavailable (503) and that nothing was written', async () => {
    // Nothing listens on port 9: the driver fails at once, then gives up after its 2 s of retries.
    const down = createDb({ uri: 'bolt://127.0.0.1:9', username: 'neo4j', password: 'password', database: 'neo4j', timeoutMs: 5_000 });
    const broken = await serveApp(loadConfig({ NODE_ENV: 'production', WRITE_TOKEN: TOKEN }), down);
    try {
      const res = await upload(broken.url, TXT_NAME, TXT);
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ status: 'rejected', code: 'DATABASE_UNAVAILABLE' });
      expect(res.body.message).toBe(`${TXT_NAME}: not stored: the database is unavailable; nothing was written, try again`);
    } finally {
      await broken.close();
      await down.close();
    }
  });
});
