// Writes one document's extraction to Neo4j in a single transaction: a crash never leaves half a document,
// an unchanged document is a no-op, and a changed one replaces exactly its own facts.
import type { Db, Tx } from '../server/db.ts';
import { ENTITY_TYPES, RELATION_TYPES, type DocumentRecord, type Graph } from './model.ts';

/** Bumped when extraction changes, so stored documents are re-extracted on the next ingest. */
export const EXTRACTOR_VERSION = '1';

export interface LoadResult {
  document: string;
  status: 'unchanged' | 'loaded';
  nodes: number;
  relationships: number;
}

const entityTypes = new Set<string>(ENTITY_TYPES);
const relationTypes = new Set<string>(RELATION_TYPES);

export const nameKey = (s: string) => s.normalize('NFKC').replace(/[\s“”‘’"'《》〈〉「」『』()（）·•]/g, '');

function documentProps(doc: DocumentRecord, contentKey: string, entityIds: string[]) {
  return {
    id: doc.id,
    source: doc.source,
    sha256: doc.sha256,
    contentKey,
    title: doc.title ?? null,
    author: doc.author ?? null,
    number: doc.number ?? null,
    date: doc.date ?? null,
    genre: doc.genre ?? null,
    addressees: doc.addressees,
    answersNumber: doc.answers?.number ?? null,
    answersTitle: doc.answers?.title ?? null,
    proposers: doc.answers?.proposers ?? [],
    text: doc.text,
    entityIds,
  };
}

/** The rows for one document: node rows carry that document's mentions, edge rows one evidence item each. */
export function toRows(graph: Graph, docId: string) {
  const nodes = graph.nodes.map((n) => {
    if (!entityTypes.has(n.type)) throw new Error(`unknown entity type ${n.type} for ${n.id}`);
    const mentions = n.mentions.filter((m) => m.document === docId);
    return {
      id: n.id,
      type: n.type,
      name: n.name,
      nameKey: nameKey(n.name),
      aliases: n.aliases,
      keys: n.aliases.map(nameKey),
      starts: mentions.map((m) => m.start),
      ends: mentions.map((m) => m.end),
      props: JSON.stringify(n.props),
      date: n.props.date ?? null,
    };
  });
  const edges = graph.edges.flatMap((e) => {
    if (!relationTypes.has(e.type)) throw new Error(`unknown relation type ${e.type} for ${e.id}`);
    return e.evidence
      .filter((ev) => ev.document === docId)
      .map((ev) => ({
        id: e.id,
        type: e.type,
        source: e.source,
        target: e.target,
        quote: ev.quote,
        start: ev.start,
        end: ev.end,
        confidence: e.confidence,
      }));
  });
  return { nodes, edges };
}

const BATCH = 2_000;

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/** Loads a graph holding exactly one document. */
export async function loadDocumentGraph(db: Db, graph: Graph): Promise<LoadResult> {
  const doc = graph.documents[0];
  if (!doc || graph.documents.length !== 1) throw new Error('loadDocumentGraph takes a graph of exactly one document');
  const contentKey = `${doc.sha256}:${EXTRACTOR_VERSION}`;
  const { nodes, edges } = toRows(graph, doc.id);
  const entityIds = [...new Set(nodes.map((n) => n.id))].sort();

  return db.writeTx(async (tx: Tx) => {
    const [state] = await tx.run('document-state', { id: doc.id });
    if (state?.contentKey === contentKey) return { document: doc.id, status: 'unchanged', nodes: 0, relationships: 0 };
    const oldIds = (state?.entityIds as string[] | undefined) ?? [];
    // The statements are sent together (the server runs them in order within the transaction): one round
    // trip instead of one per statement, which is most of the cost of a small document.
    await Promise.all([
      // Take the old version out first, so the new one is folded into what other documents say.
      ...(state ? [tx.run('document-clear', { id: doc.id }), ...batches(oldIds).map((ids) => tx.run('entities-refresh', { ids }))] : []),
      tx.run('document-upsert', { doc: documentProps(doc, contentKey, entityIds) }),
      ...batches(nodes).map((rows) => tx.run('entities-upsert', { docId: doc.id, rows })),
      ...batches(edges).map((rows) => tx.run('relations-create', { docId: doc.id, docDate: doc.date ?? null, rows })),
      ...(oldIds.length ? [tx.run('entities-prune', { ids: oldIds })] : []),
    ]);
    return { document: doc.id, status: 'loaded', nodes: nodes.length, relationships: edges.length };
  });
}

/** Removes a document and every fact it contributed; entities left without evidence go too. */
export async function removeDocument(db: Db, id: string): Promise<boolean> {
  return db.writeTx(async (tx: Tx) => {
    const [state] = await tx.run('document-state', { id });
    if (!state) return false;
    const oldIds = state.entityIds as string[];
    await Promise.all([
      tx.run('document-clear', { id }),
      tx.run('document-delete', { id }),
      tx.run('entities-prune', { ids: oldIds }),
      ...batches(oldIds).map((ids) => tx.run('entities-refresh', { ids })),
    ]);
    return true;
  });
}
