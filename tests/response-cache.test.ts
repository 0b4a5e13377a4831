// Cached answers: a repeated query is answered without the database, identical queries in flight run once, and
// no answer outlives the graph it came from, whether the graph changes through the API or through
// `npm run ingest` in another process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../store/config.ts';
import type { Db } from '../store/db.ts';
import { GZIP_MIN_BYTES, VERSION_MAX_AGE_MS } from '../server/response-cache.ts';
import { ingestFiles } from '../cli/ingest-files.ts';
import { loadDocumentGraph, removeDocument } from '../store/load-graph.ts';
import { extractDocument } from '../ingest/pipeline/index.ts';
import { gql, serveApp, type RunningApp } from './helpers/app.ts';
import { testDb } from './helpers/db.ts';

const db = testDb();
/** The real database, counting the statements the app sends. */
const reads: string[] = [];
let running = 0;
let mostRunning = 0;
const counting: Db = {
  ...db,
  async read(name, params) {
    reads.push(name);
    if (name !== 'coordination-network') return db.read(name, params);
    mostRunning = Math.max(mostRunning, ++running);
    try {
      return await db.read(name, params);
    } finally {
      running--;
    }
  },
};
let app: RunningApp;
let url = '';

const DOC = 'cache-test-doc';
const SEARCH = '{ search(text: "海南省公安厅") { name } }';
const names = async () => ((await gql<{ search: { name: string }[] }>(url, SEARCH)).data?.search ?? []).map((x) => x.name);

beforeAll(async () => {
  await db.applySchema();
  await ingestFiles(db, ['corpus']);
  await removeDocument(db, DOC);
  app = await serveApp(loadConfig({ NODE_ENV: 'test' }), counting);
  url = app.url;
});
afterAll(async () => {
  await app.close();
  await removeDocument(db, DOC);
  await db.close();
});

describe('response cache', () => {
  it('answers a repeated query without running its statements again', async () => {
    const q = '{ campaignParticipants(campaign: "断卡") { agency { name } role evidence { quote } } }';
    const first = await gql(url, q);
    expect(first.errors).toBeUndefined();
    const ran = reads.filter((n) => n !== 'graph-version').length;
    expect(ran).toBeGreaterThan(0);
    reads.length = 0;
    expect(await gql(url, q)).toEqual(first);
    expect(reads.filter((n) => n !== 'graph-version')).toEqual([]);
    // Other variables are another answer.
    const other = await gql<{ campaignParticipants: unknown[] }>(url, '{ campaignParticipants(campaign: "云剑") { agency { name } role } }');
    expect(other.errors).toBeUndefined();
    expect(reads.filter((n) => n !== 'graph-version').length).toBeGreaterThan(0);
  });

  it('sends a hit byte for byte as the first answer, in the content type the client accepts', async () => {
    const post = (accept?: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
        body: JSON.stringify({ query: '{ bytes: search(text: "公安厅") { name mentionCount } }' }),
      });
    const first = await post();
    const firstText = await first.text();
    reads.length = 0;
    const second = await post();
    expect(await second.text()).toBe(firstText);
    expect(reads.filter((n) => n !== 'graph-version')).toEqual([]);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(JSON.parse(firstText).data.bytes.length).toBeGreaterThan(0);
    // Asked for the GraphQL media type, the same query is answered in it, not from the JSON entry.
    const typed = await post('application/graphql-response+json');
    expect(typed.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await typed.text()).toBe(firstText);
  });

  it('sends big answers gzipped to clients that accept it', async () => {
    const body = JSON.stringify({ query: '{ entities(limit: 100) { id name aliases mentionCount } }' });
    const post = (encoding: string) =>
      fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': encoding }, body });
    const plain = await post('identity');
    const plainText = await plain.text();
    expect(plain.headers.get('content-encoding'), plainText).toBeNull();
    expect(plainText.length, plainText).toBeGreaterThan(GZIP_MIN_BYTES);
    for (let i = 0; i < 2; i++) {
      const zipped = await post('gzip, deflate');
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      expect(Number(zipped.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(plainText) / 2);
      // fetch inflates the body: the same answer.
      expect(await zipped.text()).toBe(plainText);
    }
    // Kept gzipped, the cached answer is inflated for a client that does not take gzip.
    const again = await post('identity');
    expect(again.headers.get('content-encoding')).toBeNull();
    expect(await again.text()).toBe(plainText);
  });

  it('does not keep answers with errors', async () => {
    const q = '{ neighborhood(id: "no-such-entity", depth: 1) { nodes { id } } }';
    const first = await gql(url, q);
    expect(first.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const ran = reads.length;
    expect(await gql(url, q)).toEqual(first);
    expect(reads.slice(ran).filter((n) => n !== 'graph-version').length).toBeGreaterThan(0);
  });

  it('runs identical queries arriving together once', async () => {
    const q = '{ together: campaignParticipants(campaign: "断卡") { agency { name } role } }';
    reads.length = 0;
    const answers = await Promise.all(Array.from({ length: 8 }, () => gql(url, q)));
    expect(answers[0]!.errors).toBeUndefined();
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(reads.filter((n) => n === 'responsibilities-for-target')).toEqual(['responsibilities-for-target']);
  });

  it('serves the new graph once another process has changed it', async () => {
    expect(await names()).not.toContain('海南省公安厅');
    // Written straight to the database, as `npm run ingest` in another process would.
    const text = '海南省公安厅牵头开展“断卡”专项行动，会同省通信管理局推进技术反制。';
    await loadDocumentGraph(db, extractDocument({ id: DOC, source: 'test', sha256: 'f'.repeat(64), text }));
    const t0 = performance.now();
    let seen = await names();
    while (!seen.includes('海南省公安厅') && performance.now() - t0 < 10 * VERSION_MAX_AGE_MS) {
      await new Promise((ok) => setTimeout(ok, 100));
      seen = await names();
    }
    expect(seen).toContain('海南省公安厅');
    expect(performance.now() - t0).toBeLessThan(VERSION_MAX_AGE_MS + 1_000);

    await removeDocument(db, DOC);
    await new Promise((ok) => setTimeout(ok, VERSION_MAX_AGE_MS + 100));
    expect(await names()).not.toContain('海南省公安厅');
  });
});

describe('whole-graph queries', () => {
  it('run one at a time, and every request gets its answer', async () => {
    const q = 'query($m: Int, $f: String) { coordinationNetwork(minShared: $m, from: $f) { nodes { id } edges { weight } } }';
    const vars = [{ m: 1 }, { m: 2 }, { m: 1, f: '2021' }, { m: 2, f: '2022' }, { m: 3, f: '2020' }];
    mostRunning = 0;
    const answers = await Promise.all(vars.map((v) => gql<{ coordinationNetwork: { nodes: unknown[]; edges: { weight: number }[] } }>(url, q, v)));
    expect(reads.filter((n) => n === 'coordination-network').length).toBeGreaterThanOrEqual(vars.length);
    expect(mostRunning).toBe(1);
    answers.forEach((a, i) => {
      expect(a.errors).toBeUndefined();
      for (const e of a.data!.coordinationNetwork.edges) expect(e.weight).toBeGreaterThanOrEqual(vars[i]!.m);
    });
    expect(answers[0]!.data!.coordinationNetwork.nodes.length).toBeGreaterThan(0);
  });
});
