// API latency and throughput with autocannon: varied, realistic arguments (entities that exist in the graph).
import autocannon from 'autocannon';
import { mulberry32 } from './corpus.ts';

export const API_QUERIES = ['search', 'entity', 'campaignParticipants', 'neighborhood', 'paths', 'coordinationNetwork', 'coordinationDefault', 'matrix'] as const;
/** The growth curve (`--scale`) asks `entity` of the most mentioned agencies and of median entities apart. */
export const SCALE_QUERIES = ['search', 'entityHub', 'entityMedian', 'campaignParticipants', 'neighborhood', 'paths', 'coordinationNetwork'] as const;
export type ApiQuery = (typeof API_QUERIES)[number] | (typeof SCALE_QUERIES)[number];

const EV = 'evidence { document { id title date } quote start end }';
// the explorer's entity question (client/src/queries.ts ENTITY): 200 relations, each with its count and first 3 quotes
const ENTITY = `query($id: ID!) { entity(id: $id) { id type name aliases mentionCount properties { key value } relations(limit: 200) { id type direction other { id type name } confidence evidenceCount evidence(limit: 3) { document { id title date } quote start end } } } }`;
const TEXT: Record<ApiQuery, string> = {
  search: 'query($t: String!) { search(text: $t, limit: 20) { id type name aliases mentionCount score } }',
  entity: ENTITY,
  entityHub: ENTITY,
  entityMedian: ENTITY,
  // the explorer's campaign question (client/src/queries.ts CAMPAIGN_PARTICIPANTS): each agency's role, years, count and first 3 quotes
  campaignParticipants: `query($c: String!) { campaignParticipants(campaign: $c) { id campaign { id name } agency { id type name } role years evidenceCount evidence(limit: 3) { document { id title date } quote start end } } }`,
  neighborhood: 'query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id type name degree } edges { id source target type weight } truncated } }',
  paths: `query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4) { length nodes { id type name } edges { id source target type ${EV} } } }`,
  coordinationNetwork: 'query($m: Int, $f: String, $t: String) { coordinationNetwork(minShared: $m, from: $f, to: $t) { nodes { id name degree betweenness community } edges { source target weight shared { id name } } truncated } }',
  // What the explorer's 协同网络 tab asks first: the default view (strongest agencies), no filter.
  // the explorer's first matrix question (client/src/queries.ts RESPONSIBILITY_MATRIX)
  matrix: 'query($t: [EntityType!], $y: String) { responsibilityMatrix(targetTypes: $t, year: $y) { truncated rows { agency { id type name } region kind target { id type name } role years evidenceCount } } }',
  coordinationDefault: 'query { coordinationNetwork { nodes { id type name aliases region degree betweenness community } edges { id source target type weight kinds } truncated totalAgencies totalTies tiesAmongShown communities modularity undatedDocuments regions { region agencies } } }',
};

/** The default coordination view's shape, recorded beside its latency: what the explorer opens on. */
export async function coordinationShape(url: string) {
  const n = (await gql(url, TEXT.coordinationDefault)).coordinationNetwork as { nodes: unknown[]; edges: unknown[]; totalAgencies: number; totalTies: number; tiesAmongShown: number; communities: number; modularity: number };
  return { agencies: n.nodes.length, ties: n.edges.length, totalAgencies: n.totalAgencies, totalTies: n.totalTies, tiesAmongShown: n.tiesAmongShown, communities: n.communities, modularity: Math.round(n.modularity * 1000) / 1000 };
}

export interface Samples {
  searchTexts: string[];
  entityIds: string[];
  /** The five most mentioned agencies. */
  hubIds: string[];
  /** Twenty entities around the median mention count. */
  medianIds: string[];
  agencyIds: string[];
  campaigns: string[];
  pathPairs: [string, string][];
}

const post = (url: string, body: string) => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

async function gql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await post(url, JSON.stringify({ query, variables }));
  const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors[0]!.message}`);
  return body.data;
}

/** Arguments taken from the graph itself: agencies, campaigns and officials that exist. */
export async function collectSamples(url: string): Promise<Samples> {
  const names = async (text: string, types: string[], limit = 40) =>
    ((await gql(url, 'query($t: String!, $ty: [EntityType!], $l: Int) { search(text: $t, types: $ty, limit: $l) { id name type } }', { t: text, ty: types, l: limit })).search as { id: string; name: string }[]);
  const agencies = [
    ...(await names('公安厅', ['Agency'])), ...(await names('教育厅', ['Agency'])), ...(await names('委网信办', ['Agency'])),
    ...(await names('通信管理局', ['Agency'])), ...(await names('人民政府', ['Agency'])), ...(await names('人大常委会', ['Agency'])),
  ];
  const campaigns = [...(await names('宣传月', ['Campaign'])), ...(await names('无诈', ['Campaign'])), ...(await names('断卡', ['Campaign'])), ...(await names('云剑', ['Campaign'])), ...(await names('宣传周', ['Campaign']))];
  const officials = await names('代表', ['Official'], 20).catch(() => []);
  const rng = mulberry32(42);
  const agencyIds = [...new Set(agencies.map((a) => a.id))];
  // pairs inside one province (公安厅 → 教育厅 / 网信办 …) are connected; some across provinces too
  const byProvince = new Map<string, string[]>();
  for (const id of agencyIds) {
    const p = id.slice('Agency:'.length, 'Agency:'.length + 2);
    (byProvince.get(p) ?? byProvince.set(p, []).get(p)!).push(id);
  }
  const pathPairs: [string, string][] = [];
  for (const ids of byProvince.values()) for (let i = 1; i < ids.length; i++) pathPairs.push([ids[0]!, ids[i]!]);
  for (let i = 0; i < 10 && agencyIds.length > 1; i++) pathPairs.push([agencyIds[Math.floor(rng() * agencyIds.length)]!, agencyIds[Math.floor(rng() * agencyIds.length)]!]);
  const searchTexts = [
    '公安厅', '断卡', '反诈法', '教育厅', '反诈中心', '协调小组', '通信管理局', '人民银行', '宣传月', '网信办', '云剑', '高级人民法院',
    ...agencies.slice(0, 30).map((a) => a.name),
  ];
  const ids = async (types: string[] | null, limit: number, offset: number) =>
    ((await gql(url, 'query($ty: [EntityType!], $l: Int, $o: Int) { entities(types: $ty, limit: $l, offset: $o) { id } }', { ty: types, l: limit, o: offset })).entities as { id: string }[]).map((e) => e.id);
  const total = ((await gql(url, '{ stats { entities } }')).stats as { entities: number }).entities;
  return {
    hubIds: await ids(['Agency'], 5, 0),
    medianIds: await ids(null, 20, Math.max(0, Math.floor(total / 2) - 10)),
    searchTexts: [...new Set(searchTexts)],
    entityIds: [...agencyIds, ...campaigns.map((c) => c.id), ...officials.map((o) => o.id)],
    agencyIds,
    campaigns: [...new Set(campaigns.map((c) => c.name))].concat(['断卡', '云剑', '断流', '集中宣传月']),
    pathPairs: pathPairs.filter(([a, b]) => a !== b),
  };
}

/** The request bodies for a query, cycled through by the benchmark. */
export function bodies(q: ApiQuery, s: Samples): string[] {
  const vars: Record<string, unknown>[] =
    q === 'search' ? s.searchTexts.map((t) => ({ t }))
    : q === 'entity' ? s.entityIds.map((id) => ({ id }))
    : q === 'entityHub' ? s.hubIds.map((id) => ({ id }))
    : q === 'entityMedian' ? s.medianIds.map((id) => ({ id }))
    : q === 'campaignParticipants' ? s.campaigns.map((c) => ({ c }))
    : q === 'neighborhood' ? s.agencyIds.map((id) => ({ id }))
    : q === 'paths' ? s.pathPairs.map(([a, b]) => ({ a, b }))
    : q === 'coordinationDefault' ? [{}]
    : q === 'matrix' ? [{}, { t: ['Campaign'] }, { t: ['Proposal', 'Meeting'] }, { y: '2022' }]
    : [{ m: 1 }, { m: 2 }, { m: 3 }, { m: 1, f: '2021', t: '2022' }, { m: 2, f: '2020' }, { m: 1, t: '2021-12-31' }];
  return vars.map((variables) => JSON.stringify({ query: TEXT[q], variables }));
}

export interface CannonResult {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  rps: number;
  requests: number;
  errors: number;
}

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);

/** Sends every request once, `concurrency` at a time, and waits for all answers; returns how many failed. */
export async function askEach(url: string, reqBodies: string[], concurrency = 8): Promise<number> {
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < reqBodies.length) {
      const body = reqBodies[next++]!;
      const res = await post(url, body);
      if (res.status !== 200 || (await res.text()).includes('"errors"')) failed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failed;
}

/** One autocannon run; GraphQL errors in a 200 answer count as errors too. */
export async function cannon(url: string, reqBodies: string[], connections: number, seconds: number): Promise<CannonResult> {
  let next = 0;
  let gqlErrors = 0;
  const times: number[] = [];
  const instance = autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        // as browsers ask: big answers come gzipped
        headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
        setupRequest: (req) => ({ ...req, body: reqBodies[next++ % reqBodies.length] }),
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors"')) gqlErrors++;
        },
      },
    ],
  });
  // The returned instance is an event emitter as well as a promise.
  (instance as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    p50Ms: pct(times, 50),
    p95Ms: pct(times, 95),
    p99Ms: pct(times, 99),
    rps: result.requests.total / (result.duration || seconds),
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx + gqlErrors,
  };
}
