// `npm run bench -- --scale [--scale-sizes 1000,10000,100000]`: the growth curve. For each size a fresh corpus
// and a fresh Neo4j sized for it; end-to-end ingest (wall time, documents/s, Node and JVM peak RSS), the store's
// size on disk, then uncached API latency at 1 and 8 clients (the cost of every first question).
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SCALE_QUERIES } from './api.ts';
import { measureApi } from './api-measure.ts';
import { generateCorpus } from './corpus.ts';
import { ingestInChild } from './e2e.ts';
import { startFreshNeo4j } from './neo4j.ts';
import { log, procStatusMB, round } from './util.ts';

/** Store bytes per document, without transaction logs (measured: 5.0 GiB for 100,000 documents, ~50 KB; 60 with headroom). */
const STORE_KB_PER_DOC = 60;

/**
 * Memory per size. The page cache holds the whole store where it can (then queries measure the engine, not the
 * disk), from 512 MiB up to 8 GiB of the machine's 24. The heap does not grow with the store: loading is bounded
 * (50 documents per transaction), and only whole-graph questions (coordinationNetwork) hold more rows as the graph
 * grows, so 1 GiB up to 10,000 documents and 2 GiB beyond.
 */
export function neo4jMemoryFor(docs: number): { heapMiB: number; pageCacheMiB: number } {
  const storeMiB = (docs * STORE_KB_PER_DOC) / 1024;
  return { heapMiB: docs > 10_000 ? 2048 : 1024, pageCacheMiB: Math.round(Math.min(8192, Math.max(512, storeMiB * 1.2))) };
}

function diskBytes(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.blocks * 512;
  return readdirSync(path).reduce((sum, f) => sum + diskBytes(join(path, f)), 0);
}

export interface ScalePoint {
  documents: number;
  ingestSeconds: number;
  docsPerSec: number;
  msPerDoc: number;
  nodePeakRssMB: number;
  jvmPeakRssMB: number;
  storeMB: number;
  heapMiB: number;
  pageCacheMiB: number;
  api: Record<string, Record<string, Record<string, number>>>;
}

export async function scaleBench(sizes: number[], opts: { out: string; seconds: number }): Promise<Record<string, ScalePoint>> {
  const points: Record<string, ScalePoint> = {};
  for (const n of sizes) {
    log(`── scale ${n}: generating the corpus`);
    const corpus = generateCorpus({ count: n, outDir: join(opts.out, n === 10_000 ? 'corpus' : `corpus-${n}`) });
    const memory = neo4jMemoryFor(n);
    const dataDir = join(opts.out, `neo4j-scale-${n}`);
    const neo = await startFreshNeo4j(dataDir, memory);
    try {
      const run = await ingestInChild(neo, corpus.dir, { label: `scale ${n}`, logEvery: Math.max(1000, n / 10) });
      const storeMB = round(diskBytes(dataDir) / 2 ** 20);
      log(`scale ${n}: ${run.documents} documents in ${round(run.seconds)} s, store ${storeMB} MiB, node ${round(run.nodePeakRssMB)} MiB, JVM ${round(run.jvmPeakRssMB)} MiB`);
      const api = await measureApi(neo.local.uri, SCALE_QUERIES, [1, 8], { label: `scale ${n}`, env: { RESPONSE_CACHE_MB: '0' }, runs: 1, seconds: opts.seconds });
      points[n] = {
        documents: run.documents,
        ingestSeconds: round(run.seconds),
        docsPerSec: round(run.documents / run.seconds, 2),
        msPerDoc: round((run.seconds * 1000) / run.documents, 2),
        nodePeakRssMB: round(run.nodePeakRssMB),
        // the JVM's peak over ingest and the questions after it
        jvmPeakRssMB: round(Math.max(run.jvmPeakRssMB, procStatusMB(neo.local.pid, 'VmHWM'))),
        storeMB,
        ...memory,
        api: Object.fromEntries(Object.entries(api.cells).map(([q, byC]) => [q, Object.fromEntries(Object.entries(byC).map(([c, cell]) => [c, { p50Ms: cell.p50Ms!, p95Ms: cell.p95Ms!, errors: cell.errors!, responses: cell.responses! }]))])),
      };
    } finally {
      await neo.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return points;
}
