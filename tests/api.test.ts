// The researchers' questions over HTTP against a real Neo4j holding the sample corpus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, gql, type RunningApp } from './helpers/app.ts';
import { corpusTexts, quoteMatchesDocument, type EvidenceLike } from './helpers/corpus.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ buildClient: false });
});
afterAll(() => app?.close());

const EVIDENCE = 'evidence { document { id title date } quote start end }';

interface Resp {
  agency: { id: string; name: string; type: string };
  measure: { id: string; name: string; type: string };
  role: string;
  evidence: EvidenceLike[];
}

function expectAllEvidenceFromDocuments(items: { evidence: EvidenceLike[] }[]) {
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    expect(item.evidence.length).toBeGreaterThan(0);
    for (const ev of item.evidence) expect(quoteMatchesDocument(ev), JSON.stringify(ev)).toBe(true);
  }
}

describe('campaign participants', () => {
  it('断卡: 湖南省公安厅 leads it, with a quote from the reply naming 断卡', async () => {
    const r = await gql<{ campaignParticipants: (Resp & { evidenceCount: number })[] }>(app.url, `query($c: String!) { campaignParticipants(campaign: $c) { agency { id name type } role evidenceCount ${EVIDENCE} } }`, { c: '断卡' });
    expect(r.errors).toBeUndefined();
    const rows = r.data!.campaignParticipants;
    expectAllEvidenceFromDocuments(rows);
    const lead = rows.find((p) => p.agency.name === '湖南省公安厅' && p.role === 'LEAD');
    expect(lead, JSON.stringify(rows)).toBeDefined();
    expect(lead!.evidence.some((ev) => ev.quote.includes('断卡'))).toBe(true);
    expect(lead!.evidenceCount).toBe(lead!.evidence.length);
    expect((lead!.evidence[0]!.document as { title: string | null }).title).toContain('答复');
  });

  it('集中宣传月: agencies with roles, every quote found in its document', async () => {
    const r = await gql<{ campaignParticipants: Resp[] }>(app.url, `{ campaignParticipants(campaign: "集中宣传月") { agency { name } role ${EVIDENCE} } }`);
    expect(r.errors).toBeUndefined();
    const rows = r.data!.campaignParticipants;
    expectAllEvidenceFromDocuments(rows);
    expect(rows.every((p) => ['LEAD', 'CO_HANDLER', 'SUPERVISOR', 'PARTICIPANT'].includes(p.role))).toBe(true);
    expect(rows.some((p) => p.role === 'LEAD')).toBe(true);
  });

  it('an unknown campaign is NOT_FOUND with a message naming it', async () => {
    const r = await gql(app.url, '{ campaignParticipants(campaign: "子虚乌有行动") { role } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(r.errors?.[0]?.message).toContain('子虚乌有行动');
  });
});

describe('what 湖南省公安厅 does and who supervises it', () => {
  it('lists what it leads, with evidence, reachable by its short name 省公安厅', async () => {
    const r = await gql<{ agencyResponsibilities: Resp[] }>(app.url, `{ agencyResponsibilities(agency: "省公安厅") { agency { name } measure { name type } role ${EVIDENCE} } }`);
    expect(r.errors).toBeUndefined();
    const rows = r.data!.agencyResponsibilities;
    expectAllEvidenceFromDocuments(rows);
    expect(new Set(rows.map((x) => x.agency.name))).toEqual(new Set(['湖南省公安厅']));
    const led = rows.filter((x) => x.role === 'LEAD').map((x) => x.measure.name);
    expect(led).toEqual(expect.arrayContaining(['云剑', '断卡']));
  });

  it('names who supervises it, with a 督 sentence as evidence', async () => {
    const r = await gql<{ supervision: { supervisor: { name: string }; supervised: { name: string }; evidence: EvidenceLike[] }[] }>(
      app.url,
      `{ supervision(agency: "湖南省公安厅") { supervisor { name } supervised { name } ${EVIDENCE} } }`,
    );
    expect(r.errors).toBeUndefined();
    const rows = r.data!.supervision;
    expectAllEvidenceFromDocuments(rows);
    const overIt = rows.filter((x) => x.supervised.name === '湖南省公安厅');
    expect(overIt.length, JSON.stringify(rows)).toBeGreaterThan(0);
    expect(overIt.flatMap((x) => x.evidence).some((ev) => /督|监督|指导/.test(ev.quote))).toBe(true);
  });
});

describe('measure owners', () => {
  it('the agencies × measures matrix: every cell has a role and evidence from the documents', async () => {
    const r = await gql<{ measureOwners: Resp[] }>(app.url, `{ measureOwners { agency { name type } measure { id name type } role ${EVIDENCE} } }`);
    expect(r.errors).toBeUndefined();
    const rows = r.data!.measureOwners;
    expectAllEvidenceFromDocuments(rows);
    expect(rows.every((x) => x.measure.type === 'Measure')).toBe(true);
    // One measure's owners, asked by name, are the same rows.
    const first = rows[0]!;
    const one = await gql<{ measureOwners: Resp[] }>(app.url, `query($m: String) { measureOwners(measure: $m) { agency { name } role } }`, { m: first.measure.name });
    expect(one.data!.measureOwners.map((x) => `${x.agency.name}/${x.role}`).sort()).toEqual(
      rows.filter((x) => x.measure.id === first.measure.id).map((x) => `${x.agency.name}/${x.role}`).sort(),
    );
  });
});

describe('search, entity, graph shapes', () => {
  it('search ranks what a reader means first', async () => {
    const q = 'query($t: String!, $types: [EntityType!]) { search(text: $t, types: $types, limit: 5) { id type name aliases score } }';
    const ga = await gql<{ search: { name: string; type: string }[] }>(app.url, q, { t: '公安厅' });
    expect(ga.data!.search[0]).toMatchObject({ name: '湖南省公安厅', type: 'Agency' });
    const dk = await gql<{ search: { name: string; type: string }[] }>(app.url, q, { t: '断卡' });
    expect(dk.data!.search[0]).toMatchObject({ name: '断卡', type: 'Campaign' });
    const law = await gql<{ search: { name: string; type: string }[] }>(app.url, q, { t: '反诈法', types: ['Law'] });
    expect(law.data!.search[0]?.name).toContain('反电信网络诈骗法');
    const none = await gql<{ search: unknown[] }>(app.url, q, { t: '量子纠缠' });
    expect(none.data!.search).toEqual([]);
  });

  it('entities lists one type, most mentioned first', async () => {
    const r = await gql<{ entities: { type: string; name: string; mentionCount: number }[] }>(app.url, '{ entities(types: [Campaign], limit: 50) { type name mentionCount } }');
    const list = r.data!.entities;
    expect(list.map((e) => e.name)).toEqual(expect.arrayContaining(['断卡', '云剑', '断流']));
    expect(list.every((e) => e.type === 'Campaign')).toBe(true);
    expect(list.map((e) => e.mentionCount)).toEqual([...list.map((e) => e.mentionCount)].sort((a, b) => b - a));
  });

  it('entity returns relations with evidence pointing into documents', async () => {
    const r = await gql<{ entity: { name: string; aliases: string[]; relations: { type: string; direction: string; other: { name: string }; evidence: EvidenceLike[] }[] } }>(
      app.url,
      `{ entity(id: "Agency:湖南省公安厅") { name aliases mentionCount relations(direction: OUT) { type direction other { name } ${EVIDENCE} } } }`,
    );
    expect(r.errors).toBeUndefined();
    const e = r.data!.entity;
    expect(e.aliases).toContain('省公安厅');
    expect(e.relations.every((x) => x.direction === 'OUT')).toBe(true);
    expectAllEvidenceFromDocuments(e.relations);
    expect((await gql<{ entity: null }>(app.url, '{ entity(id: "Agency:不存在") { name } }')).data!.entity).toBeNull();
  });

  it('neighborhood is a consistent subgraph without duplicate ids', async () => {
    const r = await gql<{ neighborhood: { nodes: { id: string }[]; edges: { id: string; source: string; target: string; weight: number }[] } }>(
      app.url,
      '{ neighborhood(id: "Agency:湖南省公安厅", depth: 2, limit: 150) { nodes { id type name degree } edges { id source target type weight } truncated } }',
    );
    expect(r.errors).toBeUndefined();
    const { nodes, edges } = r.data!.neighborhood;
    const ids = new Set(nodes.map((n) => n.id));
    expect(ids.size).toBe(nodes.length);
    expect(ids.has('Campaign:断卡')).toBe(true);
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const center = nodes.find((n) => n.id === 'Agency:湖南省公安厅') as { degree?: number };
    expect(center.degree).toBe(new Set(edges.filter((e) => e.source === 'Agency:湖南省公安厅' || e.target === 'Agency:湖南省公安厅').map((e) => e.id)).size);
  });

  it('paths connect two agencies hop by hop, shortest first', async () => {
    const r = await gql<{ paths: { length: number; nodes: { id: string }[]; edges: { id: string; source: string; target: string; evidence: EvidenceLike[] }[] }[] }>(
      app.url,
      `{ paths(from: "Agency:湖南省公安厅", to: "Agency:湖南省教育厅", maxHops: 4) { length nodes { id name } edges { id source target type ${EVIDENCE} } } }`,
    );
    expect(r.errors).toBeUndefined();
    const paths = r.data!.paths;
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.nodes[0]!.id).toBe('Agency:湖南省公安厅');
      expect(p.nodes.at(-1)!.id).toBe('Agency:湖南省教育厅');
      p.edges.forEach((e, i) => expect([e.source, e.target].sort()).toEqual([p.nodes[i]!.id, p.nodes[i + 1]!.id].sort()));
      expect(new Set(p.nodes.map((n) => n.id)).size).toBe(p.nodes.length);
      expectAllEvidenceFromDocuments(p.edges);
    }
    expect(paths.map((p) => p.length)).toEqual([...paths.map((p) => p.length)].sort((a, b) => a - b));
    // a hop is a fact, whatever number of documents state it: no path is the same facts twice
    const hops = paths.map((p) => p.edges.map((e) => e.id).join('>'));
    expect(new Set(hops).size).toBe(hops.length);
    // maxHops bounds the distance: one fact fewer than the shortest path finds nothing
    const shortest = paths[0]!.length;
    const ask = (maxHops: number) => gql<{ paths: unknown[] }>(app.url, `{ paths(from: "Agency:湖南省公安厅", to: "Agency:湖南省教育厅", maxHops: ${maxHops}) { length } }`);
    expect((await ask(shortest)).data!.paths.length).toBeGreaterThan(0);
    expect(shortest).toBeGreaterThan(1);
    expect((await ask(shortest - 1)).data!.paths).toEqual([]);
  });

  it('coordination network links agencies, with centrality and communities', async () => {
    const r = await gql<{ coordinationNetwork: { nodes: { id: string; type: string; degree: number; betweenness: number }[]; edges: { source: string; target: string; weight: number; kinds: string[] }[] } }>(
      app.url,
      '{ coordinationNetwork(minShared: 1) { nodes { id type degree betweenness community } edges { source target weight kinds } } }',
    );
    expect(r.errors).toBeUndefined();
    const { nodes, edges } = r.data!.coordinationNetwork;
    expect(edges.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.type === 'Agency' && n.betweenness >= 0 && n.betweenness <= 1)).toBe(true);
    for (const e of edges) expect(e.kinds.length).toBeGreaterThan(0);
    for (const e of edges) expect(e.weight).toBeGreaterThanOrEqual(e.kinds.length);
    const degree = new Map(nodes.map((n) => [n.id, n.degree]));
    for (const n of nodes) expect(edges.filter((e) => e.source === n.id || e.target === n.id).length).toBe(degree.get(n.id));
    const future = await gql<{ coordinationNetwork: { edges: unknown[] } }>(app.url, '{ coordinationNetwork(from: "2030") { edges { id } } }');
    expect(future.data!.coordinationNetwork.edges).toEqual([]);
  });

  it('document returns the full text and every span inside it', async () => {
    const [id, text] = [...corpusTexts][0]!;
    const r = await gql<{ document: { text: string; title: string; date: string; spans: { start: number; end: number; kind: string }[] } }>(
      app.url,
      'query($id: ID!) { document(id: $id) { id title date author number text spans { start end kind label entityId } } }',
      { id },
    );
    expect(r.errors).toBeUndefined();
    const d = r.data!.document;
    expect(d.text).toBe(text);
    expect(d.spans.length).toBeGreaterThan(10);
    for (const s of d.spans) expect(s.start >= 0 && s.end <= text.length && s.start < s.end).toBe(true);
    expect(d.spans.some((s) => s.kind === 'Agency')).toBe(true);
    expect(d.spans.some((s) => s.kind === 'LEADS')).toBe(true);
    const list = await gql<{ documents: { id: string }[] }>(app.url, '{ documents { id title date } }');
    expect(list.data!.documents.map((x) => x.id)).toEqual(expect.arrayContaining([...corpusTexts.keys()]));
  });

  it('timeline keeps to the date range', async () => {
    const r = await gql<{ timeline: { date: string; entity: { type: string }; evidence: EvidenceLike[] }[] }>(
      app.url,
      '{ timeline(from: "2022", to: "2022-12") { date description entity { name type } evidence { document { id } quote start end } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.timeline.length).toBeGreaterThan(0);
    for (const ev of r.data!.timeline) expect(ev.date >= '2022-01-01' && ev.date <= '2022-12-31').toBe(true);
  });

  it('stats counts the corpus', async () => {
    const r = await gql<{ stats: { documents: number; entities: number; relations: number; byType: { type: string; count: number }[] } }>(
      app.url,
      '{ stats { documents entities relations byType { type count } byRelation { type count } } }',
    );
    expect(r.data!.stats.documents).toBeGreaterThanOrEqual(5);
    expect(r.data!.stats.entities).toBe(r.data!.stats.byType.reduce((n, t) => n + t.count, 0));
    for (const t of ['Agency', 'Campaign', 'Law', 'Official', 'Proposal']) expect(r.data!.stats.byType.find((x) => x.type === t)!.count).toBeGreaterThan(0);
  });
});

describe('errors and limits', () => {
  it('bad arguments are BAD_USER_INPUT naming the value and what is allowed', async () => {
    const r = await gql(app.url, '{ neighborhood(id: "Agency:湖南省公安厅", depth: 9) { nodes { id } } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toBe('depth must be an integer from 1 to 3; got 9');
    const empty = await gql(app.url, '{ search(text: "  ") { id } }');
    expect(empty.errors?.[0]?.message).toBe('text must not be empty');
    const date = await gql(app.url, '{ timeline(from: "去年") { date } }');
    expect(date.errors?.[0]?.message).toContain('"去年"');
    const unknownField = await gql(app.url, '{ nope }');
    expect(unknownField.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a nested query runs; too many aliases are refused before it runs', async () => {
    const nested = '{ search(text: "断卡") { relations { other { id } } } }';
    expect((await gql(app.url, nested)).errors).toBeUndefined();
    const wide = `{ a: search(text: "断卡") { relations { type } } ${Array.from({ length: 20 }, (_, i) => `a${i}: stats { documents }`).join(' ')} }`;
    const r = await gql(app.url, wide);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
