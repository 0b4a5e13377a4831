// Writes documents' extractions to Neo4j. A document is always written whole, in one transaction, together
// with the other documents of its batch: a crash never leaves half a document, an unchanged document is a
// no-op, and a changed one replaces exactly its own facts.
import type { Db, Tx } from './db.ts';
import { evidencePreview, PREVIEW_EVIDENCE, rebuildPreviews } from './fact-previews.ts';
import { ENTITY_TYPES, RELATION_TYPES, type DocumentRecord, type Graph } from '../ingest/model.ts';

/** Bumped when extraction changes, so stored documents are re-extracted on the next ingest. */
export const EXTRACTOR_VERSION = '2';

export interface LoadResult {
  document: string;
  status: 'unchanged' | 'loaded';
  nodes: number;
  relationships: number;
}

const entityTypes = new Set<string>(ENTITY_TYPES);
const relationTypes = new Set<string>(RELATION_TYPES);

export const nameKey = (s: string) => s.normalize('NFKC').replace(/[\s“”‘’"'《》〈〉「」『』()（）·•]/g, '');

const contentKeyOf = (doc: DocumentRecord) => `${doc.sha256}:${EXTRACTOR_VERSION}`;

function documentProps(doc: DocumentRecord, entityIds: string[], factCount: number) {
  return {
    id: doc.id,
    source: doc.source,
    sha256: doc.sha256,
    contentKey: contentKeyOf(doc),
    title: doc.title ?? null,
    author: doc.author ?? null,
    number: doc.number ?? null,
    date: doc.date ?? null,
    genre: doc.genre ?? null,
    region: doc.region ?? null,
    addressees: doc.addressees,
    answersNumber: doc.answers?.number ?? null,
    answersTitle: doc.answers?.title ?? null,
    proposers: doc.answers?.proposers ?? [],
    text: doc.text,
    entityIds,
    // The document list shows it per page: counted here once rather than over every entity's relationships there.
    factCount,
  };
}

type EntityRow = ReturnType<typeof toRows>['entities'][number];

/** One document's rows: what it says about each entity, its mentions, and one edge row per evidence item. */
export function toRows(graph: Graph) {
  const doc = graph.documents[0];
  if (!doc || graph.documents.length !== 1) throw new Error('a document graph holds exactly one document');
  const entities = [];
  const mentions = [];
  for (const n of graph.nodes) {
    if (!entityTypes.has(n.type)) throw new Error(`unknown entity type ${n.type} for ${n.id}`);
    const own = n.mentions.filter((m) => m.document === doc.id);
    const keys = n.aliases.map(nameKey);
    const date = n.props.date ?? null;
    entities.push({ id: n.id, type: n.type, name: n.name, nameKey: nameKey(n.name), aliases: n.aliases, keys, mentions: own.length, date, dateDoc: date === null ? null : doc.id });
    mentions.push({ doc: doc.id, entity: n.id, starts: own.map((m) => m.start), ends: own.map((m) => m.end), aliases: n.aliases, keys, props: JSON.stringify(n.props), date });
  }
  const edges = graph.edges.flatMap((e) => {
    if (!relationTypes.has(e.type)) throw new Error(`unknown relation type ${e.type} for ${e.id}`);
    return e.evidence
      .filter((ev) => ev.document === doc.id)
      .map((ev) => {
        const item = { doc: doc.id, quote: ev.quote, start: ev.start, end: ev.end, spanStart: ev.spanStart ?? null, spanEnd: ev.spanEnd ?? null, rule: ev.rule ?? null };
        const preview = evidencePreview({ ...item, document: { id: doc.id, title: doc.title ?? null, date: doc.date ?? null } });
        return { id: e.id, type: e.type, source: e.source, target: e.target, date: doc.date ?? null, ...item, confidence: e.confidence, preview };
      });
  });
  const entityIds = [...new Set(entities.map((r) => r.id))].sort();
  return { doc: documentProps(doc, entityIds, edges.length), entities, mentions, edges };
}

/** One row per entity for a batch, folded in document order exactly as loading them one by one would. */
function combineEntities(rows: EntityRow[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const r of rows) {
    const seen = byId.get(r.id);
    if (!seen) {
      byId.set(r.id, { ...r, aliases: [...r.aliases], keys: [...r.keys] });
      continue;
    }
    for (const a of r.aliases) if (!seen.aliases.includes(a)) seen.aliases.push(a);
    for (const k of r.keys) if (!seen.keys.includes(k)) seen.keys.push(k);
    seen.mentions += r.mentions;
    if (r.dateDoc !== null && (seen.dateDoc === null || r.dateDoc < seen.dateDoc)) [seen.date, seen.dateDoc] = [r.date, r.dateDoc];
  }
  return [...byId.values()];
}

const BATCH = 2_000;

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/** Loads documents (one graph per document, distinct ids) in one transaction. */
export async function loadDocumentGraphs(db: Db, graphs: Graph[]): Promise<LoadResult[]> {
  const all = graphs.map(toRows);
  const ids = all.map((r) => r.doc.id);
  if (new Set(ids).size !== ids.length) throw new Error('a batch must not hold the same document twice');

  return db.writeTx(async (tx: Tx) => {
    const state = new Map((await tx.run('documents-state', { ids })).map((r) => [r.id as string, r]));
    const fresh = all.filter((r) => state.get(r.doc.id)?.contentKey !== r.doc.contentKey);
    const replaced = fresh.map((r) => r.doc.id).filter((id) => state.has(id));
    const oldIds = [...new Set(replaced.flatMap((id) => state.get(id)!.entityIds as string[]))];
    if (fresh.length) {
      // Take old versions out first, so the new ones are folded into what other documents say.
      if (replaced.length) await clearDocuments(tx, replaced, oldIds);
      // The statements are sent together (the server runs them in order within the transaction): one round
      // trip instead of one per statement, which is most of the cost of small documents.
      await Promise.all([
        ...batches(fresh.map((r) => r.doc)).map((docs) => tx.run('documents-upsert', { docs })),
        ...batches(combineEntities(fresh.flatMap((r) => r.entities))).map((rows) => tx.run('entities-upsert', { rows })),
        ...batches(fresh.flatMap((r) => r.mentions)).map((rows) => tx.run('mentions-create', { rows })),
        ...batches(fresh.flatMap((r) => r.edges)).map((rows) => tx.run('relations-create', { rows, preview: PREVIEW_EVIDENCE })),
        ...batches(oldIds).map((ids) => tx.run('entities-prune', { ids })),
        tx.run('graph-touch'),
      ]);
    }
    return all.map((r): LoadResult =>
      fresh.includes(r)
        ? { document: r.doc.id, status: 'loaded', nodes: r.entities.length, relationships: r.edges.length }
        : { document: r.doc.id, status: 'unchanged', nodes: 0, relationships: 0 },
    );
  });
}

/**
 * Takes documents' facts out: their mentions and evidence go, the summaries of the facts that lost evidence and
 * the aggregates of the entities they mentioned are recomputed from what other documents say.
 */
async function clearDocuments(tx: Tx, ids: string[], entityIds: string[]): Promise<void> {
  const touched = await tx.run('documents-clear', { ids });
  const [kept] = await Promise.all([
    Promise.all(batches(touched).map((facts) => tx.run('facts-refresh', { facts, preview: PREVIEW_EVIDENCE }))),
    ...batches(entityIds).map((ids) => tx.run('entities-refresh', { ids })),
  ]);
  for (const facts of batches(kept.flat())) await rebuildPreviews(tx.run, facts as { id: string; keys: string[] }[]);
}

/** Loads a graph holding exactly one document, in its own transaction. */
export const loadDocumentGraph = async (db: Db, graph: Graph): Promise<LoadResult> => (await loadDocumentGraphs(db, [graph]))[0]!;

/** Removes a document and every fact it contributed; entities left without evidence go too. */
export async function removeDocument(db: Db, id: string): Promise<boolean> {
  return db.writeTx(async (tx: Tx) => {
    const [state] = await tx.run('documents-state', { ids: [id] });
    if (!state) return false;
    const oldIds = state.entityIds as string[];
    await clearDocuments(tx, [id], oldIds);
    await Promise.all([tx.run('document-delete', { id }), ...batches(oldIds).map((ids) => tx.run('entities-prune', { ids })), tx.run('graph-touch')]);
    return true;
  });
}
