// Fact summaries (:Fact, cypher/relations-create and facts-refresh): a hub fact answers from its summary, and the
// summary, with its preview of the first quotes, follows every load, re-ingest and removal, and is rebuilt for a
// store written before summaries (or previews) existed.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { extractDocument } from '../ingest/index.ts';
import { loadConfig } from '../store/config.ts';
import { loadDocumentGraph, loadDocumentGraphs, removeDocument } from '../store/load-graph.ts';
import { evidencePreview, PREVIEW_EVIDENCE, type PreviewedEvidence } from '../store/fact-previews.ts';
import { gql, serveApp, type RunningApp } from './helpers/app.ts';
import { testDb } from './helpers/db.ts';

const db = testDb();
let app: RunningApp;
const N = 25;
const ids = Array.from({ length: N }, (_, i) => `summary-${String(i + 1).padStart(2, '0')}`);
const dateOf = (i: number) => `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;

/** A reply of the 江西 public-security department that leads the 断卡 campaign (or, edited, says nothing of it). */
function reply(i: number, statesFact = true) {
  const [y, m, d] = dateOf(i).split('-').map(Number);
  const text = `江西省公安厅
赣公复〔2023〕${i + 1}号
关于省十四届人大一次会议第${i + 1}号建议的答复
李红代表：
您提出的第${i + 1}号建议收悉。${statesFact ? '我厅牵头开展“断卡”专项行动，' : ''}加强宣传。
江西省公安厅
${y}年${m}月${d}日
`;
  return extractDocument({ id: ids[i]!, source: `${ids[i]}.txt`, sha256: `${i}${statesFact ? 'a' : 'b'}`.padEnd(64, '0'), text });
}

const FACT = 'LEADS|Agency:江西省公安厅|Campaign:断卡';
interface Rel {
  id: string;
  evidenceCount: number;
  firstDate: string | null;
  lastDate: string | null;
  evidence: { document: { id: string }; start: number }[];
}
/**
 * The fact as the API answers. Each call is a query of its own name, which the response cache has not seen: the
 * changes here go to the store directly, and the API notices the graph's version only once a second.
 */
let asked = 0;
async function leads(): Promise<Rel | undefined> {
  const r = await gql<{ entity: { relations: Rel[] } | null }>(
    app.url,
    `query Q${asked++}($id: ID!) { entity(id: $id) { relations(limit: 500) { id evidenceCount firstDate lastDate evidence { document { id } start } } } }`,
    { id: 'Campaign:断卡' },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.entity?.relations.find((x) => x.id === FACT);
}
const sortedDates = () => ids.map((_, i) => dateOf(i)).sort();

/** Runs Cypher on the store directly: what the API's own queries never do (read a raw property, undo a feature). */
async function direct(cypher: string, params: Record<string, unknown> = {}) {
  const driver = neo4j.driver(inject('neo4jUri'), neo4j.auth.basic('neo4j', 'password'));
  try {
    return (await driver.executeQuery(cypher, params)).records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

/** The stored preview, and what it must be: the fact's first evidence items as read by key, with their documents. */
async function previewAndExpected() {
  const [row] = await direct('MATCH (f:Fact {id: $id}) RETURN f.preview AS preview', { id: FACT });
  const [summary] = await db.read('fact-evidence-keys', { ids: [FACT], maxEvidence: PREVIEW_EVIDENCE });
  const evidenceKeys = (summary?.evidenceKeys ?? []) as string[];
  const items = await db.read('evidence-by-keys', { keys: evidenceKeys });
  const byKey = new Map(items.map((r) => [r.key, r as unknown as PreviewedEvidence]));
  return { stored: row?.preview as string[] | null, expected: evidenceKeys.map((k) => evidencePreview(byKey.get(k)!)) };
}

beforeAll(async () => {
  await db.applySchema();
  app = await serveApp(loadConfig({ NODE_ENV: 'test' }), db);
});
afterAll(async () => {
  for (const id of ids) await removeDocument(db, id);
  await app?.close();
  await db.close();
});

describe('fact summaries', () => {
  it('a fact stated by 25 documents answers with its count, dates and the first 20 evidence items', async () => {
    // later documents first, so the earlier ones must be merged in front of the summary's keys and preview
    for (let i = 10; i < N; i++) await loadDocumentGraph(db, reply(i));
    await loadDocumentGraphs(db, ids.slice(0, 10).map((_, i) => reply(i)));
    const fact = (await leads())!;
    expect(fact).toBeDefined();
    expect(fact.evidenceCount).toBe(N);
    expect(fact.evidence.map((e) => e.document.id)).toEqual(ids.slice(0, 20));
    expect([fact.firstDate, fact.lastDate]).toEqual([sortedDates()[0], sortedDates().at(-1)]);
    const { stored, expected } = await previewAndExpected();
    expect(stored).toEqual(expected);
    expect(stored!.map((j) => (JSON.parse(j) as PreviewedEvidence).document!.id)).toEqual(ids.slice(0, PREVIEW_EVIDENCE));
  });

  it('three quotes answer from the preview exactly as they would by key', async () => {
    const fields = 'quote start end spanStart spanEnd rule document { id title date }';
    const few = await gql<{ entity: { relations: { id: string; evidence: unknown[] }[] } }>(
      app.url,
      `query Preview${asked++}($id: ID!) { entity(id: $id) { relations(limit: 500) { id evidence(limit: 3) { ${fields} } } } }`,
      { id: 'Campaign:断卡' },
    );
    const byKey = await gql<{ factEvidence: unknown[] }>(app.url, `query Keys${asked++}($id: ID!) { factEvidence(id: $id) { ${fields} } }`, { id: FACT });
    const fromPreview = few.data!.entity.relations.find((x) => x.id === FACT)!.evidence;
    expect(fromPreview).toHaveLength(3);
    expect(fromPreview).toEqual(byKey.data!.factEvidence.slice(0, 3));
  });

  it('a relation asked with a few quotes says how many there are; factEvidence gives the first 20', async () => {
    const r = await gql<{ entity: { relations: { id: string; evidenceCount: number; evidence: unknown[] }[] } }>(
      app.url,
      `query Few${asked++}($id: ID!) { entity(id: $id) { relations(limit: 500) { id evidenceCount evidence(limit: 3) { quote } } } }`,
      { id: 'Campaign:断卡' },
    );
    const fact = r.data!.entity.relations.find((x) => x.id === FACT)!;
    expect([fact.evidenceCount, fact.evidence.length]).toEqual([N, 3]);
    const all = await gql<{ factEvidence: { document: { id: string } }[] }>(app.url, 'query($id: ID!) { factEvidence(id: $id) { document { id } } }', { id: FACT });
    expect(all.data!.factEvidence.map((e) => e.document.id)).toEqual(ids.slice(0, 20));
    const p = await gql<{ campaignParticipants: { id: string; agency: { name: string }; evidenceCount: number; evidence: unknown[] }[] }>(
      app.url,
      `query Part${asked++} { campaignParticipants(campaign: "断卡") { id agency { name } evidenceCount evidence(limit: 3) { quote } } }`,
    );
    const row = p.data!.campaignParticipants.find((x) => x.agency.name === '江西省公安厅')!;
    expect([row.id, row.evidenceCount, row.evidence.length]).toEqual([FACT, N, 3]);
    const tooMany = await gql(app.url, `query Many${asked++}($id: ID!) { entity(id: $id) { relations { evidence(limit: 21) { quote } } } }`, { id: 'Campaign:断卡' });
    expect(tooMany.errors?.[0]?.message).toMatch(/limit must be an integer from 0 to 20/);
  });

  it('follows removal and re-ingest: count, dates and evidence move to what remains', async () => {
    await removeDocument(db, ids[0]!);
    await loadDocumentGraph(db, reply(1, false));
    const fact = (await leads())!;
    expect(fact.evidenceCount).toBe(N - 2);
    expect(fact.evidence.map((e) => e.document.id)).toEqual(ids.slice(2, 22));
    const left = ids.map((_, i) => i).filter((i) => i >= 2).map(dateOf).sort();
    expect([fact.firstDate, fact.lastDate]).toEqual([left[0], left.at(-1)]);
    const { stored, expected } = await previewAndExpected();
    expect(stored).toEqual(expected);
    expect(stored!.map((j) => (JSON.parse(j) as PreviewedEvidence).document!.id)).toEqual(ids.slice(2, 2 + PREVIEW_EVIDENCE));
  });

  it('a store written before summaries existed gets them at start', async () => {
    const before = await leads();
    const { expected } = await previewAndExpected();
    // what an older version left: evidence relationships, no :Fact nodes, no marker
    await direct('MATCH (f:Fact) DETACH DELETE f');
    await direct("MATCH (g:GraphState {id: 'graph'}) REMOVE g.factSummaries, g.factPreviews");
    const summary = () => db.read('fact-evidence-keys', { ids: [FACT], maxEvidence: 20 });
    expect(await summary()).toEqual([]);
    await db.applySchema();
    expect((await summary())[0]!.evidenceKeys).toHaveLength(20);
    expect(await leads()).toEqual(before);
    expect((await previewAndExpected()).stored).toEqual(expected);
  });

  it('a store summarised before previews existed gets them at start', async () => {
    const { expected } = await previewAndExpected();
    await direct('MATCH (f:Fact) REMOVE f.preview');
    await direct("MATCH (g:GraphState {id: 'graph'}) REMOVE g.factPreviews");
    expect((await previewAndExpected()).stored).toBeNull();
    await db.applySchema();
    expect((await previewAndExpected()).stored).toEqual(expected);
  });

  it('a fact whose last evidence goes is gone, and so is an entity left with nothing', async () => {
    for (let i = 2; i < N; i++) await removeDocument(db, ids[i]!);
    await removeDocument(db, ids[1]!);
    expect(await leads()).toBeUndefined();
    const r = await gql<{ entity: unknown }>(app.url, 'query($id: ID!) { entity(id: $id) { id } }', { id: 'Agency:江西省公安厅' });
    expect(r.data!.entity).toBeNull();
  });
});
