// One API measurement: the server in a child process against a running Neo4j, every distinct request sent once
// (warm-up: query plans, page cache and, when on, the response cache), then autocannon at each concurrency.
import { askEach, bodies, cannon, collectSamples, type ApiQuery, type CannonResult } from './api.ts';
import { log, median, procStatusMB, round, startTsChild, stopChild } from './util.ts';

export type ApiCells = Record<string, Record<string, Record<string, number>>>;

export interface MeasureOptions {
  label: string;
  /** Server environment, e.g. RESPONSE_CACHE_MB=0 for the cost of every first question. */
  env?: NodeJS.ProcessEnv;
  runs: number;
  seconds: number;
  /** Asked of the server once the queries are measured (e.g. the shape of an answer); its result is returned. */
  inspect?: (url: string) => Promise<unknown>;
}

/** p50/p95/p99, req/s, errors and responses per query and concurrency (`c<n>`), medians of `runs` runs. */
export async function measureApi(boltUri: string, queries: readonly ApiQuery[], concurrency: number[], opts: MeasureOptions): Promise<{ cells: ApiCells; serverRssMB: number; inspected?: unknown }> {
  // NODE_ENV=production as `npm start` serves it (graphql-js skips its development-only checks then)
  const server = await startTsChild<{ port: number; pid: number }>('bench/server-worker.ts', [boltUri], { env: { NODE_ENV: 'production', ...opts.env } });
  try {
    const url = `http://127.0.0.1:${server.ready.port}`;
    const samples = await collectSamples(url);
    log(`samples: ${samples.searchTexts.length} search texts, ${samples.entityIds.length} entities (hubs ${samples.hubIds.length}, median ${samples.medianIds.length}), ${samples.campaigns.length} campaigns, ${samples.pathPairs.length} path pairs`);
    const cells: ApiCells = {};
    for (const q of queries) {
      const reqs = bodies(q, samples);
      const t0 = performance.now();
      const failed = await askEach(url, reqs);
      log(`${opts.label} ${q} warm-up: ${reqs.length} distinct requests in ${round((performance.now() - t0) / 1000)} s, ${failed} failed`);
      for (const c of concurrency) {
        const runs: CannonResult[] = [];
        for (let r = 0; r < opts.runs; r++) runs.push(await cannon(url, reqs, c, opts.seconds));
        const cell = {
          p50Ms: round(median(runs.map((x) => x.p50Ms))),
          p95Ms: round(median(runs.map((x) => x.p95Ms))),
          p99Ms: round(median(runs.map((x) => x.p99Ms))),
          rps: round(median(runs.map((x) => x.rps)), 2),
          errors: runs.reduce((s, x) => s + x.errors, 0),
          // responses completed inside the windows: a request still running when a window closes is not
          // counted, so with a handful of responses the percentiles understate the real latency
          responses: runs.reduce((s, x) => s + x.requests, 0),
        };
        (cells[q] ??= {})[`c${c}`] = cell;
        log(`${opts.label} ${q} c${c}: p50 ${cell.p50Ms} ms, p95 ${cell.p95Ms} ms, p99 ${cell.p99Ms} ms, ${cell.rps} req/s, ${cell.errors} errors`);
      }
    }
    const inspected = opts.inspect ? await opts.inspect(url) : undefined;
    return { cells, serverRssMB: round(procStatusMB(server.ready.pid, 'VmHWM')), inspected };
  } finally {
    await stopChild(server.child);
  }
}
