// kill -9 in the middle of a large ingest, run it again: the graph equals that of a clean full ingest.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { exportGraph } from '../store/export-graph.ts';
import { ingestFiles } from '../cli/ingest-files.ts';
import { removeDocument } from '../store/load-graph.ts';
import { testDb } from './helpers/db.ts';

const db = testDb();
const dir = mkdtempSync(join(tmpdir(), 'afg-crash-'));
const COPIES = 30;
const ids: string[] = [];

afterAll(async () => {
  for (const id of ids) await removeDocument(db, id);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const documentCount = async (): Promise<number> => (await db.read('documents-state', { ids })).length;

describe('crash safety', () => {
  it('an ingest killed with SIGKILL and run again equals a clean full ingest', async () => {
    // 150 documents: the samples, each copy with its own number so contents differ.
    for (const f of readdirSync('corpus')) {
      const text = readFileSync(join('corpus', f), 'utf8');
      for (let i = 0; i < COPIES; i++) {
        const id = `copy${String(i).padStart(3, '0')}_${f.replace(/\.txt$/, '')}`;
        writeFileSync(join(dir, `${id}.txt`), `${text}\n（第${i}份副本）\n`);
        ids.push(id);
      }
    }
    await db.applySchema();
    const clean = await ingestFiles(db, [dir]);
    expect(clean.problems).toEqual([]);
    const expected = JSON.stringify(await exportGraph(db));
    for (const id of ids) await removeDocument(db, id);
    expect(await documentCount()).toBe(0);

    // Small batches, so the kill lands with many transactions still to come however fast the machine is.
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/ingest.ts', '--batch', '5', dir], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
      stdio: 'ignore',
    });
    let atKill = 0;
    for (let i = 0; i < 600 && atKill < 20; i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      atKill = await documentCount();
    }
    child.kill('SIGKILL');
    await new Promise((ok) => child.once('exit', ok));
    // A commit the killed client had already sent still completes in Neo4j: count once the store has settled.
    let afterKill = await documentCount();
    for (let stable = 0; stable < 3; ) {
      await new Promise((ok) => setTimeout(ok, 300));
      const now = await documentCount();
      stable = now === afterKill ? stable + 1 : 0;
      afterKill = now;
    }
    expect(atKill).toBeGreaterThanOrEqual(20);
    expect(afterKill).toBeLessThan(ids.length);

    const resumed = await ingestFiles(db, [dir]);
    expect(resumed.problems).toEqual([]);
    expect(resumed.unchanged).toBe(afterKill);
    expect(resumed.loaded).toBe(ids.length - afterKill);
    expect(JSON.stringify(await exportGraph(db))).toBe(expected);
  }, 300_000);
});
