// Loading into Neo4j on a fresh database: the project's loader (loadDocumentGraphs: batched UNWIND, whole
// documents per transaction, what ingest does) against a one-row-per-transaction baseline of the same
// relations-create query. Documents are extracted beforehand, so only the database work is timed.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Db } from '../store/db.ts';
import type { Graph } from '../ingest/model.ts';
import { extractDocument } from '../ingest/pipeline/index.ts';
import { DEFAULT_DOCS_PER_TX } from '../cli/ingest-files.ts';
import { loadDocumentGraphs, toRows } from '../store/load-graph.ts';
import { startFreshNeo4j } from './neo4j.ts';
import { timedDb, type QueryTimes } from './timed-db.ts';
import { log } from './util.ts';

export interface LoadRun {
  projectDocs: number;
  docsPerTx: number;
  /** Evidence (fact) relationships written. */
  projectRels: number;
  /** MENTIONS relationships written. */
  projectMentions: number;
  projectSeconds: number;
  /** Every relationship the loader wrote (evidence + MENTIONS) per second. */
  relsPerSec: number;
  /** Evidence relationships alone per second. */
  factRelsPerSec: number;
  baselineRows: number;
  baselineRelsPerSec: number;
  queryMs: QueryTimes;
}

export function extractGraphs(files: string[]): Graph[] {
  return files.map((f, i) => extractDocument({ id: basename(f, extname(f)), source: f, sha256: `bench-${i}`, text: readFileSync(f, 'utf8') }));
}

async function loadInBatches(db: Db, graphs: Graph[], perTx: number) {
  for (let i = 0; i < graphs.length; i += perTx) await loadDocumentGraphs(db, graphs.slice(i, i + perTx));
}

export async function loadBenchRun(files: string[], dataDir: string, opts: { projectDocs: number; baselineRows: number }): Promise<LoadRun> {
  const graphs = extractGraphs(files.slice(0, opts.projectDocs));
  const neo = await startFreshNeo4j(dataDir);
  try {
    // Warm-up: the first documents pay for query planning and JIT; not counted.
    const warm = Math.min(200, Math.floor(graphs.length / 5));
    await loadInBatches(neo.db, graphs.slice(0, warm), DEFAULT_DOCS_PER_TX);

    const measured = graphs.slice(warm);
    const rows = measured.map(toRows);
    const rels = rows.reduce((n, r) => n + r.edges.length, 0);
    const mentions = rows.reduce((n, r) => n + r.mentions.length, 0);
    const { db, times } = timedDb(neo.db);
    const t0 = performance.now();
    await loadInBatches(db, measured, DEFAULT_DOCS_PER_TX);
    const projectSeconds = (performance.now() - t0) / 1000;
    log(`loader: ${measured.length} documents, ${rels} evidence + ${mentions} MENTIONS relationships in ${projectSeconds.toFixed(1)} s`);

    // The same relations again (entities now exist) under another document id, one row per transaction.
    const baseRows = rows.flatMap((r) => r.edges).slice(0, opts.baselineRows).map((e) => ({ ...e, doc: 'bench:baseline' }));
    for (const row of baseRows.slice(0, 30)) await neo.db.writeTx((tx) => tx.run('relations-create', { rows: [{ ...row, doc: 'bench:warm' }] }));
    const tb = performance.now();
    for (const row of baseRows) await neo.db.writeTx((tx) => tx.run('relations-create', { rows: [row] }));
    const baselineRelsPerSec = baseRows.length / ((performance.now() - tb) / 1000);
    log(`baseline (1 row per transaction): ${baseRows.length} rows, ${baselineRelsPerSec.toFixed(0)} rel/s`);
    return {
      projectDocs: measured.length,
      docsPerTx: DEFAULT_DOCS_PER_TX,
      projectRels: rels,
      projectMentions: mentions,
      projectSeconds,
      relsPerSec: (rels + mentions) / projectSeconds,
      factRelsPerSec: rels / projectSeconds,
      baselineRows: baseRows.length,
      baselineRelsPerSec,
      queryMs: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { calls: v.calls, ms: Math.round(v.ms) }])),
    };
  } finally {
    await neo.stop();
  }
}
