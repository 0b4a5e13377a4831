// `npm run bench:load [-- --seconds 60 --connections 50 --docs 0 --suffix name]`: 50 concurrent clients on mixed queries
// for 60 s (after a 30 s warm-up) against the API holding the sample corpus (or N synthetic documents with --docs N).
// Zero errors expected; the server's RSS at the end must be within 20 % of its RSS after the warm-up.
// The server takes RESPONSE_CACHE_MB from the environment (0: every request runs its statements).
// Figures → bench/load-results[-suffix].json; exits 1 on errors or memory growth.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFiles } from '../cli/ingest-files.ts';
import { API_QUERIES, bodies, cannon, collectSamples } from './api.ts';
import { generateCorpus } from './corpus.ts';
import { startFreshNeo4j } from './neo4j.ts';
import { log, machine, parseArgs, procStatusMB, round, startTsChild, stopChild } from './util.ts';

const args = parseArgs(process.argv.slice(2));
const SECONDS = Number(args.seconds ?? 60);
const WARMUP = Number(args.warmup ?? 30);
const CONNECTIONS = Number(args.connections ?? 50);
const DOCS = Number(args.docs ?? 0);

const neo = await startFreshNeo4j('bench/out/neo4j-loadtest');
let server: Awaited<ReturnType<typeof startTsChild<{ port: number; pid: number }>>> | undefined;
let failed = false;
try {
  const dir = DOCS > 0 ? generateCorpus({ count: DOCS, outDir: join('bench/out', DOCS === 10_000 ? 'corpus' : `corpus-${DOCS}`) }).dir : 'corpus';
  await ingestFiles(neo.db, [dir]);
  server = await startTsChild<{ port: number; pid: number }>('bench/server-worker.ts', [neo.local.uri]);
  const url = `http://127.0.0.1:${server.ready.port}`;
  const samples = await collectSamples(url);
  // mixed: every query type, cycled request by request
  const perQuery = API_QUERIES.map((q) => bodies(q, samples));
  const mixed: string[] = [];
  for (let i = 0; i < Math.max(...perQuery.map((b) => b.length)); i++) for (const b of perQuery) mixed.push(b[i % b.length]!);

  log(`warm-up: ${CONNECTIONS} clients for ${WARMUP} s`);
  const warm = await cannon(url, mixed, CONNECTIONS, WARMUP);
  const rssAfterWarmupMB = procStatusMB(server.ready.pid, 'VmRSS');
  log(`warm-up: ${warm.requests} requests, ${warm.errors} errors; server RSS ${round(rssAfterWarmupMB)} MB`);
  log(`load: ${CONNECTIONS} clients for ${SECONDS} s`);
  const run = await cannon(url, mixed, CONNECTIONS, SECONDS);
  const rssEndMB = procStatusMB(server.ready.pid, 'VmRSS');
  const growth = rssEndMB / rssAfterWarmupMB - 1;
  const result = {
    machine: machine(),
    date: new Date().toISOString(),
    corpus: DOCS > 0 ? `${DOCS} synthetic documents` : 'sample corpus (corpus/)',
    responseCacheMB: process.env.RESPONSE_CACHE_MB ?? '64 (default)',
    connections: CONNECTIONS,
    seconds: SECONDS,
    requests: run.requests,
    rps: round(run.rps),
    p50Ms: round(run.p50Ms),
    p95Ms: round(run.p95Ms),
    p99Ms: round(run.p99Ms),
    errors: run.errors,
    warmupErrors: warm.errors,
    rssAfterWarmupMB: round(rssAfterWarmupMB),
    rssEndMB: round(rssEndMB),
    rssGrowthPercent: round(growth * 100),
    serverPeakRssMB: round(procStatusMB(server.ready.pid, 'VmHWM')),
    ok: run.errors === 0 && warm.errors === 0 && growth <= 0.2,
  };
  failed = !result.ok;
  writeFileSync(`bench/load-results${args.suffix ? `-${args.suffix}` : ''}.json`, JSON.stringify(result, null, 2) + '\n');
  console.log(
    [
      '| metric | value |',
      '| --- | --- |',
      ...Object.entries(result).map(([k, v]) => `| ${k} | ${v} |`),
    ].join('\n'),
  );
  if (run.errors || warm.errors) console.error(`FAIL: ${run.errors + warm.errors} errors`);
  if (growth > 0.2) console.error(`FAIL: server RSS grew ${round(growth * 100)} % after warm-up`);
} catch (err) {
  console.error(err);
  failed = true;
} finally {
  if (server) await stopChild(server.child);
  await neo.stop();
}
process.exit(failed ? 1 : 0);
