// Re-ingesting is idempotent, and an edited document replaces exactly its own facts.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../store/export-graph.ts';
import { ingestFiles } from '../cli/ingest-files.ts';
import { removeDocument } from '../store/load-graph.ts';
import { ENTITY_TYPES } from '../ingest/model.ts';
import { testDb } from './helpers/db.ts';

const db = testDb();
const dir = mkdtempSync(join(tmpdir(), 'afg-corpus-'));
beforeAll(async () => {
  await db.applySchema();
  cpSync('corpus', dir, { recursive: true });
});
afterAll(async () => {
  // Leave the store holding the sample corpus for the other test files.
  await ingestFiles(db, ['corpus']);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

type Exported = Awaited<ReturnType<typeof exportGraph>>;

/** The part of an export that comes from documents other than `docId`. */
function factsNotFrom(g: Exported, docId: string) {
  return {
    nodes: g.nodes
      .map((n) => ({ id: n.id, mentions: n.mentions.filter((m) => m.document !== docId) }))
      .filter((n) => n.mentions.length),
    edges: g.edges
      .map((e) => ({ id: e.id, evidence: e.evidence.filter((ev) => ev.document !== docId) }))
      .filter((e) => e.evidence.length),
  };
}

/** Everything a load writes that a user can see: the export and each entity's aggregated fields. */
async function snapshot() {
  const g = await exportGraph(db);
  const entities = await db.read('entities-by-type', { types: [...ENTITY_TYPES], skip: 0, limit: 100_000 });
  const byId = entities.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return JSON.stringify({ g, entities: byId.map((e) => ({ ...e, aliases: [...(e.aliases as string[])].sort() })) });
}

async function clearCorpus() {
  const g = await exportGraph(db);
  for (const d of g.documents) await removeDocument(db, d.id as string);
  expect((await exportGraph(db)).nodes).toEqual([]);
}

describe('re-ingest', () => {
  it('one document per transaction and several per transaction build the same graph', async () => {
    await clearCorpus();
    expect((await ingestFiles(db, [dir], { docsPerTx: 1 })).loaded).toBe(5);
    const single = await snapshot();
    await clearCorpus();
    expect((await ingestFiles(db, [dir], { docsPerTx: 50 })).loaded).toBe(5);
    expect(await snapshot()).toBe(single);
    expect(single).toContain('湖南省公安厅');
  });

  it('three ingests of the corpus leave identical counts and an identical export', async () => {
    const first = await ingestFiles(db, [dir]);
    expect(first.problems).toEqual([]);
    const exports: string[] = [JSON.stringify(await exportGraph(db))];
    for (let i = 0; i < 2; i++) {
      const again = await ingestFiles(db, [dir]);
      expect(again).toMatchObject({ documents: 5, loaded: 0, unchanged: 5, nodes: 0, relationships: 0 });
      exports.push(JSON.stringify(await exportGraph(db)));
    }
    expect(exports[1]).toBe(exports[0]);
    expect(exports[2]).toBe(exports[0]);
  });

  it('an edited document changes only its own facts', async () => {
    const before = await exportGraph(db);
    const file = join(dir, '004_e9c9407f98ecbb6f.txt');
    const original = readFileSync(file, 'utf8');
    // Drop the second half of the document and add a sentence with a new campaign.
    const edited = original.slice(0, Math.floor(original.length / 2)) + '\n省公安厅牵头开展“净网”专项行动。\n';
    writeFileSync(file, edited);
    const result = await ingestFiles(db, [dir]);
    expect(result).toMatchObject({ loaded: 1, unchanged: 4 });
    const after = await exportGraph(db);

    expect(factsNotFrom(after, '004_e9c9407f98ecbb6f')).toEqual(factsNotFrom(before, '004_e9c9407f98ecbb6f'));
    const from004 = (g: Exported) => g.edges.flatMap((e) => e.evidence.filter((ev) => ev.document === '004_e9c9407f98ecbb6f'));
    expect(from004(after)).not.toEqual(from004(before));
    for (const ev of from004(after)) expect(edited.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(after.nodes.some((n) => n.name === '净网' && n.type === 'Campaign')).toBe(true);
    // Nothing is left without evidence.
    for (const n of after.nodes) expect(n.mentions.length + after.edges.filter((e) => e.source === n.id || e.target === n.id).length).toBeGreaterThan(0);
  });
});
