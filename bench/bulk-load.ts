// Bench-side fast path used to build the large graph for the API benchmark (and to show the loader fix):
// the project's own queries, but many new documents per transaction and entities-refresh run once at the
// end instead of after every document. For new documents the resulting graph is the same as ingestFiles'.
import type { Db } from '../server/db.ts';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Graph } from '../ingest/model.ts';
import { extractDocument } from '../ingest/extract-document.ts';
import { EXTRACTOR_VERSION, toRows } from '../ingest/load-graph.ts';

/** Extracts and bulk-loads files, a chunk at a time so memory stays flat. */
export async function bulkIngest(db: Db, files: string[], docsPerTx = 100) {
  const t0 = performance.now();
  const touched = new Set<string>();
  let relationships = 0;
  for (let i = 0; i < files.length; i += 500) {
    const graphs = files.slice(i, i + 500).map((f, k) => extractDocument({ id: basename(f, extname(f)), source: f, sha256: `bulk-${i + k}`, text: readFileSync(f, 'utf8') }));
    const r = await bulkLoad(db, graphs, docsPerTx, touched, false);
    relationships += r.relationships;
  }
  await refresh(db, [...touched]);
  return { seconds: (performance.now() - t0) / 1000, relationships, entities: touched.size };
}

async function refresh(db: Db, ids: string[]) {
  for (let i = 0; i < ids.length; i += 500) {
    const batch = ids.slice(i, i + 500);
    await db.writeTx((tx) => tx.run('entities-refresh', { ids: batch }));
  }
}

export async function bulkLoad(db: Db, graphs: Graph[], docsPerTx = 100, touched = new Set<string>(), refreshAtEnd = true): Promise<{ seconds: number; relationships: number; entities: number }> {
  const t0 = performance.now();
  let relationships = 0;
  for (let i = 0; i < graphs.length; i += docsPerTx) {
    const batch = graphs.slice(i, i + docsPerTx);
    await db.writeTx(async (tx) => {
      for (const g of batch) {
        const doc = g.documents[0]!;
        const { nodes, edges } = toRows(g, doc.id);
        const entityIds = [...new Set(nodes.map((n) => n.id))].sort();
        for (const id of entityIds) touched.add(id);
        relationships += edges.length;
        await tx.run('document-upsert', {
          doc: {
            id: doc.id, source: doc.source, sha256: doc.sha256, contentKey: `${doc.sha256}:${EXTRACTOR_VERSION}`,
            title: doc.title ?? null, author: doc.author ?? null, number: doc.number ?? null, date: doc.date ?? null,
            genre: doc.genre ?? null, addressees: doc.addressees, answersNumber: doc.answers?.number ?? null,
            answersTitle: doc.answers?.title ?? null, proposers: doc.answers?.proposers ?? [], text: doc.text, entityIds,
          },
        });
        await tx.run('entities-upsert', { docId: doc.id, rows: nodes });
        await tx.run('relations-create', { docId: doc.id, docDate: doc.date ?? null, rows: edges });
      }
    });
  }
  if (refreshAtEnd) await refresh(db, [...touched]);
  return { seconds: (performance.now() - t0) / 1000, relationships, entities: touched.size };
}
