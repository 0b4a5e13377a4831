// Abuse: injection strings, oversized bodies, deep or wide queries, writes without a token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../store/config.ts';
import { testDb } from './helpers/db.ts';
import { gql, serveApp, type RunningApp } from './helpers/app.ts';
import { ingestFiles } from '../cli/ingest-files.ts';
import { exportGraph } from '../store/export-graph.ts';

const TOKEN = 'test-write-token-0123456789';
const db = testDb();
let app: RunningApp;
let url = '';

beforeAll(async () => {
  await db.applySchema();
  await ingestFiles(db, ['corpus']);
  app = await serveApp(loadConfig({ NODE_ENV: 'production', WRITE_TOKEN: TOKEN }), db);
  url = app.url;
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const STATS = '{ stats { documents entities relations } }';
const INJECTIONS = [
  `"}) MATCH (n) DETACH DELETE n //`,
  `' OR 1=1 //`,
  `断卡"}) RETURN 1 UNION MATCH (n) RETURN n //`,
  `*:* OR name:*`,
  `\\"; CALL dbms.components() //`,
  `$(row.type)`,
  `{{7*7}}`,
  `湖南省公安厅\u0000`,
];

// Every query that takes a string, with the string as a variable.
const STRING_QUERIES: [string, (s: string) => Record<string, unknown>][] = [
  ['query($s: String!) { search(text: $s) { id } }', (s) => ({ s })],
  ['query($s: ID!) { entity(id: $s) { id } }', (s) => ({ s })],
  ['query($s: String!) { campaignParticipants(campaign: $s) { role } }', (s) => ({ s })],
  ['query($s: String) { measureOwners(measure: $s) { role } }', (s) => ({ s })],
  ['query($s: String!) { agencyResponsibilities(agency: $s) { role } }', (s) => ({ s })],
  ['query($s: String!) { supervision(agency: $s) { supervisor { id } } }', (s) => ({ s })],
  ['query($s: ID!) { neighborhood(id: $s) { nodes { id } } }', (s) => ({ s })],
  ['query($s: ID!) { paths(from: $s, to: "Agency:湖南省公安厅") { length } }', (s) => ({ s })],
  ['query($s: String) { coordinationNetwork(from: $s, to: $s) { nodes { id } } }', (s) => ({ s })],
  ['query($s: String) { coordinationNetwork(region: $s) { nodes { id } } }', (s) => ({ s })],
  ['query($s: ID!) { coordinationTie(a: $s, b: "Agency:湖南省公安厅") { items { kind } } }', (s) => ({ s })],
  ['query($s: ID!) { document(id: $s) { id } }', (s) => ({ s })],
  ['query($s: String) { timeline(from: $s, to: $s) { date } }', (s) => ({ s })],
];

describe('abuse', () => {
  it('injection strings through every string argument change nothing and leak nothing', async () => {
    // Checked in the database itself: the API's answers may come from its cache.
    const before = JSON.stringify(await exportGraph(db));
    for (const [query, vars] of STRING_QUERIES) {
      for (const s of INJECTIONS) {
        const r = await gql(url, query, vars(s));
        const body = JSON.stringify(r);
        for (const e of r.errors ?? []) expect(['BAD_USER_INPUT', 'NOT_FOUND'], `${query} ${s}: ${body}`).toContain(e.extensions?.code);
        expect(body).not.toMatch(/Neo4jError|Neo\.ClientError|at .*\.ts:\d+|stacktrace|Cypher/i);
      }
    }
    expect(JSON.stringify(await exportGraph(db))).toBe(before);
  });

  it('a body over the limit is refused with 413 and a short JSON error', async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: STATS, variables: { pad: 'x'.repeat(2_000_000) } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toBe('request body larger than 1mb');
  });

  it('too many aliases and too deep nesting are refused before running', async () => {
    const wide = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: stats { documents }`).join(' ')} }`;
    const r = await gql(url, wide);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toContain('Aliases limit of 15');
    const deep = `{ search(text: "断卡") { relations { other { id } evidence { document { id } } } } }`;
    expect((await gql(url, deep)).errors).toBeUndefined();
    const nest = (n: number): string => (n === 0 ? 'name' : `ofType { ${nest(n - 1)} }`);
    const tooDeep = `{ __schema { types { fields { type { ${nest(13)} } } } } }`;
    expect((await gql(url, `{ __schema { types { fields { type { ${nest(9)} } } } } }`)).errors).toBeUndefined();
    expect((await gql(url, tooDeep)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('errors carry no stack trace outside development', async () => {
    const r = await gql(url, '{ neighborhood(id: "x", depth: 0) { nodes { id } } }');
    expect(r.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('writes need the configured token', async () => {
    const m = 'mutation($n: String!, $t: String!) { ingestDocument(name: $n, text: $t) { document status nodes relationships } }';
    const vars = { n: 'api-test-doc', t: '广东省公安厅牵头开展“断卡”专项行动，会同省通信管理局推进技术反制。' };
    const statsBefore = await gql(url, STATS);
    const anonymous = await gql(url, m, vars);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer wrong-token-0123456789x' },
      body: JSON.stringify({ query: m, variables: vars }),
    });
    expect(((await wrong.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const ok = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: m, variables: vars }),
    });
    const body = (await ok.json()) as { data: { ingestDocument: { status: string; relationships: number } } };
    expect(body.data.ingestDocument.status).toBe('loaded');
    expect(body.data.ingestDocument.relationships).toBeGreaterThan(0);
    const search = await gql<{ search: { name: string }[] }>(url, '{ search(text: "广东省公安厅") { name } }');
    expect(search.data!.search[0]!.name).toBe('广东省公安厅');

    const remove = 'mutation($id: ID!) { removeDocument(id: $id) }';
    expect((await gql(url, remove, { id: 'api-test-doc' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const removed = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: remove, variables: { id: 'api-test-doc' } }),
    });
    expect(((await removed.json()) as { data: { removeDocument: boolean } }).data.removeDocument).toBe(true);
    // Its facts are gone with it; the sample corpus's are not.
    const after = await gql<{ search: { name: string }[] }>(url, '{ search(text: "广东省公安厅") { name } }');
    expect(after.data!.search.map((x) => x.name)).not.toContain('广东省公安厅');
    expect((await gql(url, STATS)).data).toEqual(statsBefore.data);
  });
});
