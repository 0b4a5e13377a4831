// Loading into Neo4j: the project's loader (loadDocumentGraph, one transaction per document) against a
// one-row-per-transaction baseline and a cross-document batched UNWIND, all with the project's
// relations-create query, on a fresh database.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Db } from '../server/db.ts';
import type { Graph } from '../ingest/model.ts';
import { extractDocument } from '../ingest/extract-document.ts';
import { loadDocumentGraph, toRows } from '../ingest/load-graph.ts';
import { startFreshNeo4j } from './neo4j.ts';
import { timedDb, type QueryTimes } from './timed-db.ts';
import { log } from './util.ts';

export interface LoadRun {
  projectDocs: number;
  projectRels: number;
  projectMentions: number;
  projectSeconds: number;
  /** Fact relationships per second through loadDocumentGraph (what ingest does). */
  relsPerSec: number;
  /** Fact + MENTIONS relationships per second through loadDocumentGraph. */
  allRelsPerSec: number;
  baselineRows: number;
  baselineRelsPerSec: number;
  unwindRows: number;
  unwindBatch: number;
  /** relations-create with many documents' rows in one UNWIND (2,000 rows per transaction). */
  unwindRelsPerSec: number;
  queryMs: QueryTimes;
}

export function extractGraphs(files: string[]): Graph[] {
  return files.map((f, i) => extractDocument({ id: basename(f, extname(f)), source: f, sha256: `bench-${i}`, text: readFileSync(f, 'utf8') }));
}

type EdgeRow = ReturnType<typeof toRows>['edges'][number];

async function relationsPerTx(db: Db, rows: EdgeRow[], perTx: number, docId: string): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += perTx) {
    const batch = rows.slice(i, i + perTx);
    await db.writeTx((tx) => tx.run('relations-create', { docId, docDate: '2022-01-01', rows: batch }));
  }
  return rows.length / ((performance.now() - t0) / 1000);
}

export async function loadBenchRun(files: string[], dataDir: string, opts: { projectDocs: number; baselineRows: number }): Promise<LoadRun> {
  const graphs = extractGraphs(files.slice(0, opts.projectDocs));
  const neo = await startFreshNeo4j(dataDir);
  try {
    // Warm-up: the first documents pay for query planning and JIT; not counted.
    const warm = Math.min(20, Math.floor(graphs.length / 10));
    for (const g of graphs.slice(0, warm)) await loadDocumentGraph(neo.db, g);

    const { db, times } = timedDb(neo.db);
    let rels = 0;
    let mentions = 0;
    const t0 = performance.now();
    for (const g of graphs.slice(warm)) {
      const r = await loadDocumentGraph(db, g);
      rels += r.relationships;
      mentions += r.nodes;
    }
    const projectSeconds = (performance.now() - t0) / 1000;
    log(`loadDocumentGraph: ${graphs.length - warm} documents, ${rels} relationships in ${projectSeconds.toFixed(1)} s`);

    // The same relations again (entities now exist), under other document ids.
    const rows = graphs.flatMap((g) => toRows(g, g.documents[0]!.id).edges);
    // warm-up of both shapes (query plans for 1-row and 2,000-row lists), not counted
    await relationsPerTx(neo.db, rows.slice(0, 30), 1, 'bench:warm');
    await relationsPerTx(neo.db, rows.slice(0, 2_000), 2_000, 'bench:warm');
    const baseRows = rows.slice(0, opts.baselineRows);
    const baselineRelsPerSec = await relationsPerTx(neo.db, baseRows, 1, 'bench:baseline');
    log(`baseline (1 row per transaction): ${baseRows.length} rows, ${baselineRelsPerSec.toFixed(0)} rel/s`);
    const unwindRows = [...rows, ...rows];
    const unwindRelsPerSec = await relationsPerTx(neo.db, unwindRows, 2_000, 'bench:batched');
    log(`batched UNWIND (2,000 rows per transaction): ${unwindRows.length} rows, ${unwindRelsPerSec.toFixed(0)} rel/s`);
    return {
      projectDocs: graphs.length - warm,
      projectRels: rels,
      projectMentions: mentions,
      projectSeconds,
      relsPerSec: rels / projectSeconds,
      allRelsPerSec: (rels + mentions) / projectSeconds,
      baselineRows: baseRows.length,
      baselineRelsPerSec,
      unwindRows: rows.length * 2,
      unwindBatch: 2_000,
      unwindRelsPerSec,
      queryMs: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { calls: v.calls, ms: Math.round(v.ms) }])),
    };
  } finally {
    await neo.stop();
  }
}
