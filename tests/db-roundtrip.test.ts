import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocumentGraph, removeDocument } from '../store/load-graph.ts';
import type { Graph } from '../ingest/model.ts';
import { testDb } from './helpers/db.ts';

const db = testDb();
beforeAll(() => db.applySchema());
afterAll(async () => {
  await removeDocument(db, 'rt-doc');
  await db.close();
});

const text = '广东省公安厅牵头开展“断卡”行动。';
function graphFor(docId: string, body: string, sha: string): Graph {
  const quote = body.slice(0, 14);
  return {
    documents: [{ id: docId, source: `${docId}.txt`, sha256: sha, addressees: [], text: body, title: '测试文书' }],
    nodes: [
      { id: 'Agency:rt-广东省公安厅', type: 'Agency', name: '广东省公安厅', aliases: ['省公安厅'], props: {}, mentions: [{ document: docId, start: 0, end: 6 }] },
      { id: 'Campaign:rt-断卡', type: 'Campaign', name: '断卡', aliases: [], props: { date: '2022-01-01' }, mentions: [{ document: docId, start: 11, end: 13 }] },
    ],
    edges: [
      {
        id: 'LEADS|rt',
        type: 'LEADS',
        source: 'Agency:rt-广东省公安厅',
        target: 'Campaign:rt-断卡',
        confidence: 0.9,
        evidence: [{ document: docId, quote, start: 0, end: 14 }],
      },
    ],
  };
}

describe('database module round trip', () => {
  it('writes a document graph and reads the entity back with its aggregated fields', async () => {
    const first = await loadDocumentGraph(db, graphFor('rt-doc', text, 'a'.repeat(64)));
    expect(first).toEqual({ document: 'rt-doc', status: 'loaded', nodes: 2, relationships: 1 });
    const [row] = await db.read('entity-summary', { id: 'Agency:rt-广东省公安厅' });
    expect(row).toMatchObject({ type: 'Agency', name: '广东省公安厅', aliases: ['省公安厅'], mentionCount: 1 });
    const [campaign] = await db.read('entity-summary', { id: 'Campaign:rt-断卡' });
    expect(campaign?.date).toBe('2022-01-01');
  });

  it('skips an unchanged document and replaces a changed one', async () => {
    const again = await loadDocumentGraph(db, graphFor('rt-doc', text, 'a'.repeat(64)));
    expect(again.status).toBe('unchanged');
    const changed = graphFor('rt-doc', text, 'b'.repeat(64));
    changed.nodes = changed.nodes.slice(0, 1);
    changed.edges = [];
    const replaced = await loadDocumentGraph(db, changed);
    expect(replaced).toMatchObject({ status: 'loaded', nodes: 1, relationships: 0 });
    // The campaign lost its only evidence, so it is gone.
    expect(await db.read('entity-summary', { id: 'Campaign:rt-断卡' })).toEqual([]);
    expect(await db.read('entity-summary', { id: 'Agency:rt-广东省公安厅' })).toHaveLength(1);
  });
});

describe('removing a document', () => {
  it('deletes the document and the entities only it supported', async () => {
    await loadDocumentGraph(db, graphFor('rt-doc2', text, 'c'.repeat(64)));
    expect(await removeDocument(db, 'rt-doc2')).toBe(true);
    expect(await db.read('documents-state', { ids: ['rt-doc2'] })).toEqual([]);
    expect(await db.read('entity-summary', { id: 'Campaign:rt-断卡' })).toEqual([]);
    expect(await removeDocument(db, 'rt-doc2')).toBe(false);
  });
});
