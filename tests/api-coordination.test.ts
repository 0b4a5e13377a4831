// The coordination network over HTTP (issue 15): ties only from joint action in one document, every tie's provenance
// with quotes, strict dates, undated documents counted, Louvain communities. Hand-written documents of provinces the
// sample corpus lacks are loaded beside it into the real Neo4j and removed afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../ingest/index.ts';
import { loadDocumentGraph, removeDocument } from '../store/load-graph.ts';
import { startApp, gql, type RunningApp } from './helpers/app.ts';
import { testDb } from './helpers/db.ts';
import type { CoordinationNetwork, GraphEdge } from '../client/src/types.ts';

const db = testDb();
let app: RunningApp;

const DOCS: Record<string, string> = {
  // The same nationwide campaign, led in two provinces by two documents: no joint action.
  'coord-gd': '广东省公安厅关于开展“断卡”行动的通知\n\n2022年3月1日\n\n广东省公安厅牵头开展“断卡”行动，严厉打击非法买卖电话卡和银行卡违法犯罪。',
  'coord-zj': '浙江省公安厅关于开展“断卡”行动的通知\n\n2022年4月1日\n\n浙江省公安厅牵头开展“断卡”行动，严厉打击非法买卖电话卡和银行卡违法犯罪。',
  // A meeting with a generic name (one entity in every province), held in two provinces: only the agencies of the same
  // document meet.
  'coord-gd-meet': '广东省公安厅关于召开会议的通知\n\n2022年3月2日\n\n广东省公安厅召开全省打击治理电信网络诈骗工作会议，广东省通信管理局参加会议。',
  'coord-zj-meet': '浙江省公安厅关于召开会议的通知\n\n2022年4月2日\n\n浙江省公安厅召开全省打击治理电信网络诈骗工作会议，浙江省通信管理局参加会议。',
  // Two agencies issuing one document together.
  'coord-fj':
    '福建省公安厅 福建省通信管理局关于联合印发《福建省防范电信网络诈骗工作规定》的通知\n\n2022年5月1日\n\n福建省公安厅、福建省通信管理局联合印发《福建省防范电信网络诈骗工作规定》，明确各部门职责。',
  // The same, in a document without a date.
  'coord-gx':
    '广西壮族自治区公安厅 广西壮族自治区通信管理局关于联合印发《广西防范电信网络诈骗工作规定》的通知\n\n广西壮族自治区公安厅、广西壮族自治区通信管理局联合印发《广西防范电信网络诈骗工作规定》，明确各部门职责。',
};
const texts = new Map(Object.entries(DOCS));

beforeAll(async () => {
  app = await startApp({ buildClient: false });
  for (const [id, text] of texts) await loadDocumentGraph(db, extractDocument({ id, source: `${id}.txt`, sha256: id.padEnd(64, '0'), text }));
});
afterAll(async () => {
  for (const id of texts.keys()) await removeDocument(db, id);
  await db.close();
  await app?.close();
});

interface Ev {
  document: { id: string };
  quote: string;
  start: number;
  end: number;
}
type Net = Omit<CoordinationNetwork, 'edges'> & { edges: (GraphEdge & { kinds: string[] })[] };
const NET = `query($f: String, $t: String, $r: String, $k: [CoordinationKind!], $l: Int, $tpa: Int) {
  coordinationNetwork(from: $f, to: $t, region: $r, kinds: $k, limit: $l, tiesPerAgency: $tpa) {
    nodes { id name community region degree betweenness } edges { source target weight kinds }
    totalAgencies totalTies tiesAmongShown communities modularity undatedDocuments truncated regions { region agencies }
  }
}`;
const TIE = `query($a: ID!, $b: ID!, $f: String, $t: String) {
  coordinationTie(a: $a, b: $b, from: $f, to: $t) {
    a { id name } b { id name }
    items { kind entity { id type name } relationsA relationsB documents
      evidenceA { document { id } quote start end } evidenceB { document { id } quote start end } }
  }
}`;
const net = async (v: Record<string, unknown> = {}) => gql<{ coordinationNetwork: Net }>(app.url, NET, v);
const tied = (n: Net, a: string, b: string) => n.edges.some((e) => [e.source, e.target].sort().join() === [a, b].sort().join());
const inDoc = (ev: Ev) => texts.get(ev.document.id)?.slice(ev.start, ev.end) === ev.quote;

describe('coordination ties come from joint action', () => {
  it('two agencies of different provinces that only lead the same nationwide campaign are not tied', async () => {
    const r = await net({ l: 2000, tpa: 0 });
    expect(r.errors).toBeUndefined();
    const n = r.data!.coordinationNetwork;
    expect(tied(n, 'Agency:广东省公安厅', 'Agency:浙江省公安厅')).toBe(false);
    const tie = await gql<{ coordinationTie: { items: unknown[] } }>(app.url, TIE, { a: 'Agency:广东省公安厅', b: 'Agency:浙江省公安厅' });
    expect(tie.errors).toBeUndefined();
    expect(tie.data!.coordinationTie.items).toEqual([]);
  });

  it('a meeting ties the agencies one document puts there, not those of another province at a meeting of the same name', async () => {
    const n = (await net({ l: 2000, tpa: 0 })).data!.coordinationNetwork;
    const met = n.edges.find((e) => e.source === 'Agency:广东省公安厅' && e.target === 'Agency:广东省通信管理局');
    expect(met?.kinds, JSON.stringify(met)).toEqual(['MEETING']);
    expect(tied(n, 'Agency:浙江省公安厅', 'Agency:浙江省通信管理局')).toBe(true);
    expect(tied(n, 'Agency:广东省公安厅', 'Agency:浙江省通信管理局')).toBe(false);
    expect(tied(n, 'Agency:广东省通信管理局', 'Agency:浙江省通信管理局')).toBe(false);
    const r = await gql<{ coordinationTie: { items: { kind: string; entity: { type: string }; relationsA: string[]; relationsB: string[]; evidenceA: Ev[] }[] } }>(app.url, TIE, { a: 'Agency:广东省公安厅', b: 'Agency:广东省通信管理局' });
    expect(r.data!.coordinationTie.items).toMatchObject([{ kind: 'MEETING', entity: { type: 'Meeting' }, relationsA: ['LEADS'], relationsB: ['PARTICIPATES_IN'] }]);
    expect(r.data!.coordinationTie.items[0]!.evidenceA.every((ev) => ev.document.id === 'coord-gd-meet' && inDoc(ev))).toBe(true);
  });

  it('co-issuing a document ties the two issuers, with a quote for each in that document', async () => {
    const [a, b] = ['Agency:福建省公安厅', 'Agency:福建省通信管理局'];
    const n = (await net({ l: 2000, tpa: 0 })).data!.coordinationNetwork;
    const edge = n.edges.find((e) => [e.source, e.target].sort().join() === [a, b].sort().join());
    expect(edge, JSON.stringify(n.edges.slice(0, 5))).toBeDefined();
    expect(edge!.kinds).toEqual(['CO_ISSUED']);
    expect(edge!.weight).toBe(1);
    const r = await gql<{ coordinationTie: { items: { kind: string; entity: { name: string; type: string }; relationsA: string[]; relationsB: string[]; documents: number; evidenceA: Ev[]; evidenceB: Ev[] }[] } }>(app.url, TIE, { a, b });
    expect(r.errors).toBeUndefined();
    const items = r.data!.coordinationTie.items;
    expect(items).toHaveLength(edge!.weight);
    expect(items[0]).toMatchObject({ kind: 'CO_ISSUED', entity: { type: 'Law', name: '福建省防范电信网络诈骗工作规定' }, relationsA: ['ISSUED'], relationsB: ['ISSUED'], documents: 1 });
    for (const ev of [...items[0]!.evidenceA, ...items[0]!.evidenceB]) {
      expect(ev.document.id).toBe('coord-fj');
      expect(inDoc(ev), JSON.stringify(ev)).toBe(true);
      expect(ev.quote).toContain('联合印发');
    }
    expect(items[0]!.evidenceA.length).toBeGreaterThan(0);
    expect(items[0]!.evidenceB.length).toBeGreaterThan(0);
  });

  it('every tie of the sample corpus has provenance: as many shared items as its weight, each with quotes for both agencies', async () => {
    const n = (await net({ r: '湖南省', tpa: 0 })).data!.coordinationNetwork;
    expect(n.edges.length).toBeGreaterThan(0);
    expect(n.nodes.every((x) => x.region === '湖南省')).toBe(true);
    for (const e of n.edges.slice(0, 8)) {
      const r = await gql<{ coordinationTie: { items: { kind: string; evidenceA: Ev[]; evidenceB: Ev[] }[] } }>(app.url, TIE, { a: e.source, b: e.target });
      expect(r.errors).toBeUndefined();
      const items = r.data!.coordinationTie.items;
      expect(items.length).toBe(e.weight);
      expect([...new Set(items.map((i) => i.kind))].sort()).toEqual([...e.kinds].sort());
      for (const i of items) expect(i.evidenceA.length * i.evidenceB.length).toBeGreaterThan(0);
    }
  });
});

describe('the default view and its filters', () => {
  it('shows the strongest agencies and says how many it left out; communities come with their modularity', async () => {
    const all = (await net({ l: 2000, tpa: 0 })).data!.coordinationNetwork;
    expect(all.truncated).toBe(false);
    expect(all.nodes.length).toBe(all.totalAgencies);
    expect(all.edges.length).toBe(all.totalTies);
    expect(all.communities).toBe(new Set(all.nodes.map((x) => x.community)).size);
    expect(all.communities).toBeGreaterThan(1);
    expect(all.modularity).toBeGreaterThan(0);
    // The hand-written provinces are separate components: never in one community with Hunan.
    const com = new Map(all.nodes.map((x) => [x.id, x.community]));
    expect(com.get('Agency:福建省公安厅')).toBe(com.get('Agency:福建省通信管理局'));
    expect(com.get('Agency:福建省公安厅')).not.toBe(com.get('Agency:湖南省公安厅'));
    const top = (await net({ l: 3 })).data!.coordinationNetwork;
    expect(top.nodes).toHaveLength(3);
    expect(top.truncated).toBe(true);
    expect(top.totalAgencies).toBe(all.totalAgencies);
    expect(top.nodes.map((x) => x.id)).toContain('Agency:湖南省公安厅');
    for (const e of top.edges) expect(top.nodes.some((x) => x.id === e.source) && top.nodes.some((x) => x.id === e.target)).toBe(true);
    const again = (await net({ l: 2000, tpa: 0 })).data!.coordinationNetwork;
    expect(again.nodes.map((x) => x.community)).toEqual(all.nodes.map((x) => x.community));
  });

  it('keeps each agency’s strongest ties: fewer ties, every agency still tied, the strongest tie of each kept', async () => {
    const all = (await net({ l: 2000, tpa: 0 })).data!.coordinationNetwork;
    const one = (await net({ l: 2000, tpa: 1 })).data!.coordinationNetwork;
    expect(one.tiesAmongShown).toBe(all.edges.length);
    expect(one.edges.length).toBeLessThan(all.edges.length);
    expect(one.edges.length).toBeLessThanOrEqual(one.nodes.length);
    expect(one.truncated).toBe(true);
    for (const n of one.nodes) {
      const mine = (x: Net) => x.edges.filter((e) => e.source === n.id || e.target === n.id);
      expect(mine(one).length, n.id).toBeGreaterThan(0);
      expect(Math.max(...mine(one).map((e) => e.weight))).toBe(Math.max(...mine(all).map((e) => e.weight)));
    }
  });

  it('filters by region and kind of tie; lists the regions', async () => {
    const fj = (await net({ r: '福建省' })).data!.coordinationNetwork;
    expect(fj.nodes.map((x) => x.id).sort()).toEqual(['Agency:福建省公安厅', 'Agency:福建省通信管理局']);
    const all = (await net()).data!.coordinationNetwork;
    expect(all.regions.map((x) => x.region)).toEqual(expect.arrayContaining(['湖南省', '福建省', '广西壮族自治区']));
    const sup = (await net({ k: ['SUPERVISION'], l: 2000, tpa: 0 })).data!.coordinationNetwork;
    expect(sup.edges.length).toBeGreaterThan(0);
    expect(sup.edges.every((e) => e.kinds.join() === 'SUPERVISION')).toBe(true);
    const issued = (await net({ k: ['CO_ISSUED'], l: 2000, tpa: 0 })).data!.coordinationNetwork;
    expect(issued.edges.every((e) => e.kinds.join() === 'CO_ISSUED')).toBe(true);
    expect(tied(issued, 'Agency:福建省公安厅', 'Agency:福建省通信管理局')).toBe(true);
  });

  it('a date filter leaves undated documents out and says how many', async () => {
    const undated = ['Agency:广西壮族自治区公安厅', 'Agency:广西壮族自治区通信管理局'] as const;
    const all = (await net({ l: 2000, tpa: 0 })).data!.coordinationNetwork;
    expect(tied(all, ...undated)).toBe(true);
    expect(all.undatedDocuments).toBe(0);
    const dated = (await net({ f: '2000', l: 2000, tpa: 0 })).data!.coordinationNetwork;
    expect(tied(dated, ...undated)).toBe(false);
    // coord-gx and the sample reply without a date (001)
    expect(dated.undatedDocuments).toBeGreaterThanOrEqual(2);
    const may = (await net({ f: '2022-05', t: '2022-05', l: 2000, tpa: 0 })).data!.coordinationNetwork;
    expect(tied(may, 'Agency:福建省公安厅', 'Agency:福建省通信管理局')).toBe(true);
    const june = (await net({ f: '2022-06', t: '2022-06-30', l: 2000, tpa: 0 })).data!.coordinationNetwork;
    expect(tied(june, 'Agency:福建省公安厅', 'Agency:福建省通信管理局')).toBe(false);
  });
});

describe('dates are validated strictly', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['coordinationNetwork', { f: '2022-13' }, 'from'],
    ['coordinationNetwork', { t: '2022-02-30' }, 'to'],
    ['coordinationNetwork', { f: '2023', t: '2022' }, 'from'],
    ['coordinationNetwork', { f: '2022-1-5' }, 'from'],
  ];
  it.each(cases)('%s %j is BAD_USER_INPUT naming %s', async (_field, v, arg) => {
    const r = await net(v);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(new RegExp(`^${arg}\\b`));
    expect(r.errors?.[0]?.message).toContain(String(v.f ?? v.t));
  });

  it('timeline and coordinationTie refuse impossible dates too; 2024-02-29 is a real day', async () => {
    const bad = await gql(app.url, '{ timeline(from: "2022-02-30") { date } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('from');
    const month = await gql(app.url, '{ timeline(to: "2022-13") { date } }');
    expect(month.errors?.[0]?.message).toContain('to has no month 13');
    const tie = await gql(app.url, TIE, { a: 'Agency:福建省公安厅', b: 'Agency:福建省通信管理局', f: '2021-00' });
    expect(tie.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const leap = await gql(app.url, '{ timeline(from: "2024-02-29") { date } }');
    expect(leap.errors).toBeUndefined();
    const notLeap = await gql(app.url, '{ timeline(from: "2023-02-29") { date } }');
    expect(notLeap.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
