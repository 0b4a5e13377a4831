// `npm run bench [-- --docs 10000 --runs 3 --sections extract,load,e2e,api,explorer --e2e-budget 300 --api-seconds 5
//   --api-queries coordinationDefault,…]`
// `npm run bench -- --scale [--scale-sizes 1000,10000,100000]`: the growth curve (bench/scale.ts) → results-scale.*
// Medians of `runs` runs → bench/results.json, bench/results.md and a markdown table on stdout.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './corpus.ts';
import { loadBenchRun, type LoadRun } from './load-bench.ts';
import { startFreshNeo4j } from './neo4j.ts';
import { ingestFiles } from '../cli/ingest-files.ts';
import { API_QUERIES, coordinationShape, type ApiQuery } from './api.ts';
import { measureApi } from './api-measure.ts';
import { ingestInChild, type E2eRun } from './e2e.ts';
import { explorerBench } from './explorer.ts';
import { scaleBench, type ScalePoint } from './scale.ts';
import { scaleSvg } from './scale-svg.ts';
import { mergeIntoResults } from './merge-results.ts';
import { log, machine, median, parseArgs, round, runTsChild } from './util.ts';

const args = parseArgs(process.argv.slice(2));
const DOCS = Number(args.docs ?? 10_000);
const RUNS = Math.max(1, Number(args.runs ?? 3));
const SCALE = args.scale !== undefined;
// --scale measures the growth curve only, unless sections are asked for too
const SECTIONS = new Set((args.sections ?? (SCALE ? '' : 'extract,load,e2e,api,explorer')).split(','));
const E2E_BUDGET_S = Number(args['e2e-budget'] ?? 300);
const API_SECONDS = Number(args['api-seconds'] ?? 5);
const LOAD_DOCS = Number(args['load-docs'] ?? 1_200);
const BASELINE_ROWS = Number(args['baseline-rows'] ?? 1_500);
const CONCURRENCY = [1, 8, 32];
/** `--api-queries a,b`: only these API queries (a targeted run); all by default. */
const ONLY_QUERIES = args['api-queries'] ? String(args['api-queries']).split(',') : undefined;
const only = <Q extends string>(qs: readonly Q[]): Q[] => qs.filter((q) => !ONLY_QUERIES || ONLY_QUERIES.includes(q));
/** The queries with a latency target (p95 at 32 clients). */
const TARGET_QUERIES = ['search', 'entity', 'campaignParticipants'] as const;
const EXPLORER_SIZES = [500, 2000, 5000];
const OUT = 'bench/out';

const started = performance.now();
const results: Record<string, unknown> = { machine: machine(), docs: DOCS, runs: RUNS, date: new Date().toISOString() };
const timings: Record<string, number> = {};
const section = async (name: string, fn: () => Promise<void>) => {
  if (!SECTIONS.has(name)) return;
  const t = performance.now();
  log(`── ${name}`);
  await fn();
  timings[name] = round((performance.now() - t) / 1000, 0);
  log(`── ${name} done in ${timings[name]} s`);
};

log(`generating ${DOCS} documents`);
const corpus = generateCorpus({ count: DOCS, outDir: join(OUT, DOCS === 10_000 ? 'corpus' : `corpus-${DOCS}`) });
const manifest = join(corpus.dir, 'manifest.json');
results.corpus = { documents: corpus.files.length, chars: corpus.chars, bytes: corpus.bytes, provinces: corpus.provinces };
log(`${corpus.files.length} documents, ${corpus.chars} characters, ${corpus.provinces} provinces in ${corpus.dir}`);

await section('extract', async () => {
  const runs: { charsPerSec: number; docsPerSec: number; peakRssMB: number }[] = [];
  for (let r = 0; r < RUNS; r++) {
    const x = await runTsChild<{ charsPerSec: number; docsPerSec: number; peakRssMB: number; seconds: number }>('bench/extract-worker.ts', [manifest, String(DOCS)]);
    log(`extraction run ${r + 1}: ${round(x.charsPerSec, 0)} chars/s, ${round(x.docsPerSec)} docs/s, ${round(x.seconds)} s, peak RSS ${round(x.peakRssMB)} MB`);
    runs.push(x);
  }
  results.extraction = {
    charsPerSec: round(median(runs.map((x) => x.charsPerSec)), 0),
    docsPerSec: round(median(runs.map((x) => x.docsPerSec))),
    peakRssMB: round(median(runs.map((x) => x.peakRssMB))),
  };
});

await section('load', async () => {
  const runs: LoadRun[] = [];
  for (let r = 0; r < RUNS; r++) runs.push(await loadBenchRun(corpus.files, join(OUT, `neo4j-load-${r}`), { projectDocs: LOAD_DOCS, baselineRows: BASELINE_ROWS }));
  const m = (f: (x: LoadRun) => number) => median(runs.map(f));
  results.load = {
    relsPerSec: round(m((x) => x.relsPerSec), 0),
    factRelsPerSec: round(m((x) => x.factRelsPerSec), 0),
    baselineRelsPerSec: round(m((x) => x.baselineRelsPerSec), 0),
    ratio: round(m((x) => x.relsPerSec / x.baselineRelsPerSec), 1),
    projectDocs: runs[0]!.projectDocs,
    docsPerTx: runs[0]!.docsPerTx,
    baselineRows: runs[0]!.baselineRows,
    queryMsLastRun: runs.at(-1)!.queryMs,
  };
});

/** ingestFiles over the corpus in a child process against a fresh Neo4j; stopped at the time budget. */
async function e2eRun(r: number): Promise<E2eRun> {
  const neo = await startFreshNeo4j(join(OUT, `neo4j-e2e-${r}`));
  try {
    return await ingestInChild(neo, corpus.dir, { label: `e2e run ${r + 1}`, budgetSeconds: E2E_BUDGET_S });
  } finally {
    await neo.stop();
  }
}

await section('e2e', async () => {
  const runs: E2eRun[] = [];
  for (let r = 0; r < RUNS; r++) {
    const x = await e2eRun(r);
    log(`e2e run ${r + 1}: ${x.documents} documents in ${round(x.seconds)} s (${x.completed ? 'complete' : 'stopped at budget'}), node ${round(x.nodePeakRssMB)} MB, JVM ${round(x.jvmPeakRssMB)} MB`);
    runs.push(x);
  }
  const docsPerSec = median(runs.map((x) => x.documents / x.seconds));
  results.e2e = {
    documents: median(runs.map((x) => x.documents)),
    seconds: round(median(runs.map((x) => x.seconds))),
    completed: runs.every((x) => x.completed),
    corpusDocuments: corpus.files.length,
    budgetSeconds: E2E_BUDGET_S,
    docsPerSec: round(docsPerSec, 2),
    nodePeakRssMB: round(median(runs.map((x) => x.nodePeakRssMB))),
    jvmPeakRssMB: round(median(runs.map((x) => x.jvmPeakRssMB))),
  };
});

await section('api', async () => {
  const neo = await startFreshNeo4j(join(OUT, 'neo4j-api'));
  try {
    log(`building the ${corpus.files.length}-document graph for the API with ingestFiles`);
    const built = await ingestFiles(neo.db, [corpus.dir]);
    log(`graph built in ${round(built.seconds)} s: ${built.loaded} documents, ${built.relationships} evidence relationships, ${built.nodes} entity mentions`);
    results.apiGraph = { documents: built.loaded, buildSeconds: round(built.seconds), relationships: built.relationships };
    const measure = async (label: string, queries: readonly ApiQuery[], concurrency: number[], env: NodeJS.ProcessEnv = {}, inspect?: (url: string) => Promise<unknown>) => {
      if (!queries.length) return {};
      const m = await measureApi(neo.local.uri, queries, concurrency, { label, env, runs: RUNS, seconds: API_SECONDS, inspect });
      if (inspect) log(`${label}: ${JSON.stringify((results.coordinationDefault = m.inspected))}`);
      results[`${label}ServerRssMB`] = m.serverRssMB;
      return m.cells;
    };
    // As served by default, in the steady state of a graph that is not changing (answers cached per graph version) …
    const api = await measure('api', only(API_QUERIES), CONCURRENCY);
    // … and with the cache off, every request running its statements. The default coordination view and the matrix
    // are whole-graph questions run one at a time: their target is the first answer to one client.
    results.apiUncached = {
      ...(await measure('apiUncached', only(TARGET_QUERIES), [1, 8, 32], { RESPONSE_CACHE_MB: '0' })),
      ...(await measure('apiUncached', only(['coordinationDefault', 'matrix'] as const), [1], { RESPONSE_CACHE_MB: '0' }, coordinationShape)),
    };
    results.api = api;
  } finally {
    await neo.stop();
  }
});

await section('explorer', async () => {
  const ms = await explorerBench(EXPLORER_SIZES, RUNS);
  results.explorer = Object.fromEntries(EXPLORER_SIZES.map((s) => [`ms${s}`, round(median(ms[s] ?? []), 0)]));
});

if (SCALE) {
  const sizes = (args['scale-sizes'] ?? '1000,10000,100000').split(',').map(Number);
  const t = performance.now();
  results.scale = await scaleBench(sizes, { out: OUT, seconds: API_SECONDS });
  timings.scale = round((performance.now() - t) / 1000, 0);
  writeFileSync('bench/scale.svg', scaleSvg(results.scale as Record<string, ScalePoint>));
  log('wrote bench/scale.svg');
}

results.sectionSeconds = timings;
results.totalSeconds = round((performance.now() - started) / 1000, 0);

// ── report
const g = (path: string): unknown => path.split('.').reduce<any>((o, k) => (o == null ? undefined : o[k]), results);
const rows: [string, string, string, string][] = [];
const row = (metric: string, key: string, unit: string, target?: { op: '>=' | '<='; v: number }) => {
  const v = g(key);
  if (v === undefined) return;
  const met = target && typeof v === 'number' ? ((target.op === '>=' ? v >= target.v : v <= target.v) ? `met (${target.op} ${target.v})` : `**missed** (${target.op} ${target.v})`) : '';
  rows.push([metric, `${typeof v === 'number' ? v.toLocaleString('en-US') : String(v)} ${unit}`.trim(), key, met]);
};
row('Extraction throughput', 'extraction.charsPerSec', 'chars/s', { op: '>=', v: 1_000_000 });
row('Extraction documents', 'extraction.docsPerSec', 'docs/s');
row('Extraction peak RSS', 'extraction.peakRssMB', 'MB');
row(`Load: project loader, ${g('load.docsPerTx')} documents/tx (evidence + MENTIONS)`, 'load.relsPerSec', 'rel/s', { op: '>=', v: 20_000 });
row('Load: project loader, evidence relationships only', 'load.factRelsPerSec', 'rel/s');
row('Load: 1 row per transaction (baseline)', 'load.baselineRelsPerSec', 'rel/s');
row('Load: project / baseline', 'load.ratio', '×', { op: '>=', v: 10 });
row('E2E documents ingested', 'e2e.documents', `of ${corpus.files.length}`);
row('E2E wall time', 'e2e.seconds', 's', g('e2e.completed') ? { op: '<=', v: 300 } : undefined);
row('E2E completed within budget', 'e2e.completed', '');
row('E2E documents/s', 'e2e.docsPerSec', 'docs/s');
row('E2E Node peak RSS', 'e2e.nodePeakRssMB', 'MB', { op: '<=', v: 1024 });
row('E2E JVM peak RSS (VmHWM)', 'e2e.jvmPeakRssMB', 'MB');
/** Issue 7: cached answers at 32 clients; issue 13: the first (uncached) hub question at 1 and 8 clients. */
/** Issue 15: the first answer of the default coordination view and of the matrix at 1 client. */
const UNCACHED_TARGETS: Record<string, Record<number, number>> = { entity: { 1: 30, 8: 250 }, campaignParticipants: { 1: 30, 8: 250 }, coordinationDefault: { 1: 1000 }, matrix: { 1: 1000 } };
function apiTarget(key: string, q: string, c: number): { op: '<='; v: number } | undefined {
  const v = key === 'api' ? (c === 32 && (TARGET_QUERIES as readonly string[]).includes(q) ? 50 : undefined) : UNCACHED_TARGETS[q]?.[c];
  return v === undefined ? undefined : { op: '<=', v };
}
const apiRows = (label: string, key: string, queries: readonly ApiQuery[], concurrency: number[]) => {
  for (const q of queries)
    for (const c of concurrency) {
      const k = `${key}.${q}.c${c}`;
      const tgt = apiTarget(key, q, c);
      row(`${label} ${q} c${c} p50 / p95 / p99`, `${k}.p95Ms`, '', tgt);
      const last = rows.at(-1);
      if (last && last[2] === `${k}.p95Ms`) last[1] = `${g(`${k}.p50Ms`)} / ${g(`${k}.p95Ms`)} / ${g(`${k}.p99Ms`)} ms, ${g(`${k}.rps`)} req/s, ${g(`${k}.errors`)} err, ${g(`${k}.responses`) ?? '?'} responses`;
    }
};
apiRows('API', 'api', API_QUERIES, CONCURRENCY);
apiRows('API, cache off:', 'apiUncached', TARGET_QUERIES, [1, 8, 32]);
apiRows('API, cache off:', 'apiUncached', ['coordinationDefault', 'matrix'], [1]);
for (const [n, p] of Object.entries((results.scale ?? {}) as Record<string, ScalePoint>)) {
  const k = `scale.${n}`;
  row(`Scale ${n}: ingest wall time`, `${k}.ingestSeconds`, 's');
  row(`Scale ${n}: documents/s`, `${k}.docsPerSec`, 'docs/s');
  row(`Scale ${n}: ms per document`, `${k}.msPerDoc`, 'ms');
  row(`Scale ${n}: Node peak RSS`, `${k}.nodePeakRssMB`, 'MiB');
  row(`Scale ${n}: JVM peak RSS (heap ${p.heapMiB} MiB, page cache ${p.pageCacheMiB} MiB)`, `${k}.jvmPeakRssMB`, 'MiB');
  row(`Scale ${n}: store on disk`, `${k}.storeMB`, 'MiB');
  for (const q of Object.keys(p.api))
    for (const c of ['c1', 'c8']) {
      row(`Scale ${n}: uncached ${q} ${c} p50 / p95`, `${k}.api.${q}.${c}.p95Ms`, '');
      const last = rows.at(-1);
      const cell = `${k}.api.${q}.${c}`;
      if (last && last[2] === `${cell}.p95Ms`)
        last[1] = g(`${cell}.responses`) === 0 ? `no answer completed inside the ${API_SECONDS} s window` : `${g(`${cell}.p50Ms`)} / ${g(`${cell}.p95Ms`)} ms, ${g(`${cell}.errors`)} err`;
    }
}
row('Coordination default view: agencies shown / with a tie', 'coordinationDefault.agencies', `of ${g('coordinationDefault.totalAgencies')}`);
row('Coordination default view: ties shown / in all', 'coordinationDefault.ties', `of ${g('coordinationDefault.totalTies')}`, { op: '<=', v: 500 });
row('Coordination default view: communities (Louvain)', 'coordinationDefault.communities', `modularity ${g('coordinationDefault.modularity')}`, { op: '>=', v: 2 });
row('Explorer 500 elements', 'explorer.ms500', 'ms');
row('Explorer 2,000 elements', 'explorer.ms2000', 'ms', { op: '<=', v: 2000 });
row('Explorer 5,000 elements', 'explorer.ms5000', 'ms');
row('Benchmark wall time', 'totalSeconds', 's');

const md = [
  `# Benchmark results`,
  '',
  !SCALE || [...SECTIONS].some(Boolean)
    ? `${results.machine}; ${DOCS} synthetic documents (${corpus.provinces} provinces); medians of ${RUNS} runs; ${results.date}.`
    : `${results.machine}; growth curve: one run per size, synthetic documents of ${corpus.provinces} provinces; ${results.date}.`,
  '',
  '| metric | value | key | target |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
].join('\n');
const suffix = args.suffix ? `-${args.suffix}` : SCALE ? '-scale' : '';
writeFileSync(`bench/results${suffix}.json`, JSON.stringify(results, null, 2) + '\n');
writeFileSync(`bench/results${suffix}.md`, md);
console.log(md);
log(`wrote bench/results${suffix}.json and bench/results${suffix}.md in ${results.totalSeconds} s`);
if (suffix) log(`folded ${mergeIntoResults(`bench/results${suffix}.json`, results).join(', ')} into bench/results.json`);
