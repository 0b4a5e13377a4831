// Resolvers grouped by root type. They validate arguments, run named queries and shape the rows.
import DataLoader from 'dataloader';
import pLimit from 'p-limit';
import type { Db, Row } from '../store/db.ts';
import { createHash } from 'node:crypto';
import { AppError, badInput, notFound } from '../store/errors.ts';
import { ENTITY_TYPES, extractDocument, type EntityType } from '../ingest/index.ts';
import { betweenness, communities, degrees } from './graph-metrics.ts';
import { dateBound, intInRange, nonEmptyText } from './inputs.ts';
import { phraseQuery, searchQuery } from './lucene.ts';
import { loadDocumentGraph, nameKey, removeDocument } from '../store/load-graph.ts';

export interface Context {
  db: Db;
  documentRefs: DataLoader<string, DocumentRef | null>;
  /** True when the request carried the configured write token. */
  canWrite: boolean;
}

interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
}
interface DocumentRef {
  id: string;
  title: string | null;
  date: string | null;
}
interface RawEvidence {
  doc: string;
  quote: string;
  start: number;
  end: number;
  spanStart?: number | null;
  spanEnd?: number | null;
  rule?: string | null;
}

export function createContext(db: Db, canWrite: boolean): Context {
  return {
    db,
    canWrite,
    documentRefs: new DataLoader(async (ids) => {
      const rows = await db.read('document-refs', { ids: [...ids] });
      const byId = new Map(rows.map((r) => [r.id as string, r as unknown as DocumentRef]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

function requireWrite(ctx: Context) {
  if (!ctx.canWrite) throw new AppError('UNAUTHENTICATED', 'writes need the header Authorization: Bearer <WRITE_TOKEN>');
}

/** Evidence items returned per fact: a hub fact can have thousands; the count says how many there are. */
const MAX_EVIDENCE = 20;
// A whole-graph aggregation takes seconds of one core. Several at once on a small machine all run past the query
// timeout (on the 10,000-document graph six distinct coordinationNetwork requests sent together all failed after
// 11 s); queued one at a time, the six finished in 16 s and landed in the response cache.
const graphWide = pLimit(1);

const ROLE_OF: Record<string, string> = {
  LEADS: 'LEAD',
  CO_HANDLES: 'CO_HANDLER',
  SUPERVISES: 'SUPERVISOR',
  PARTICIPATES_IN: 'PARTICIPANT',
};

const sortEvidence = (ev: RawEvidence[]) =>
  [...ev].sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start || a.end - b.end);

/** Entity props are stored per document as JSON; later documents fill what earlier ones lack. */
function mergeProps(props: unknown): { key: string; value: string }[] {
  const merged: Record<string, string> = {};
  for (const json of (props as string[] | null) ?? []) {
    for (const [k, v] of Object.entries(JSON.parse(json) as Record<string, string>)) merged[k] ??= v;
  }
  return Object.entries(merged)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ key, value: String(value) }));
}

function toEntity(row: Row) {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    aliases: [...((row.aliases as string[]) ?? [])].sort(),
    // Only `entity` reads the per-document properties; elsewhere the field resolver fetches them if asked.
    properties: row.props === undefined ? undefined : mergeProps(row.props),
    mentionCount: row.mentionCount ?? 0,
    score: row.score ?? null,
  };
}

function typesArg(types: string[] | null | undefined): string[] | null {
  return types && types.length ? types : null;
}

async function searchEntities(db: Db, text: string, types: string[] | null, limit: number) {
  const key = nameKey(text);
  // The bigram index cannot answer a single character; fall back to a substring scan then.
  const rows =
    key.length < 2
      ? await db.read('search-contains', { text: key, types, limit })
      : await db.read('search', { lucene: searchQuery(text), types, limit });
  // Exact name or alias first; then names containing the whole text, shortest (closest) first; then the index's order.
  const names = (r: Row) => [r.name as string, ...((r.aliases as string[]) ?? [])].map(nameKey);
  const rank = (r: Row) => {
    const n = names(r);
    if (n.includes(key)) return [0, 0];
    const containing = n.filter((x) => x.includes(key)).map((x) => x.length);
    return containing.length ? [1, Math.min(...containing)] : [2, 0];
  };
  return rows
    .map((r, i) => ({ r, i, k: rank(r) }))
    .sort((a, b) => a.k[0]! - b.k[0]! || a.k[1]! - b.k[1]! || a.i - b.i)
    .map(({ r }) => r);
}

/** The entity a user means by a name or alias: exact match first, else the best search hit. */
async function resolveEntity(db: Db, text: string, types: EntityType[]): Promise<EntityRef | null> {
  const key = nameKey(text);
  const [exact] = await db.read('resolve-entity', { key, lucene: phraseQuery(text), types });
  if (exact) return exact as unknown as EntityRef;
  // Otherwise a close variant: 断卡专项行动 means 断卡; 宣传月 means 集中宣传月. Mere bigram overlap is no match.
  const close = (await searchEntities(db, text, types, 5)).find((hit) =>
    [hit.name as string, ...((hit.aliases as string[]) ?? [])].map(nameKey).some((n) => n.includes(key) || key.includes(n)),
  );
  return close ? ({ id: close.id, type: close.type, name: close.name } as EntityRef) : null;
}

function responsibilities(rows: Row[]) {
  return rows.map((r) => ({
    agency: r.agency,
    measure: r.target,
    campaign: r.target,
    role: ROLE_OF[r.relType as string],
    evidence: sortEvidence(r.evidence as RawEvidence[]),
    evidenceCount: r.evidenceCount,
  }));
}

function graphNode(n: Row) {
  return { id: n.id, type: n.type, name: n.name, aliases: [...((n.aliases as string[]) ?? [])].sort(), degree: 0, betweenness: 0, community: 0 };
}

/** Agencies paired by the campaigns, measures, proposals and meetings they share, with centrality and communities. */
async function coordinationNetwork(db: Db, from: string | null, to: string | null, minShared: number) {
  const rows = await db.read('coordination-network', { from, to, minShared, limit: 5000 });
  const nodes = new Map<string, Row>();
  const edges = rows.map((r) => {
    const a = r.a as Row;
    const b = r.b as Row;
    nodes.set(a.id as string, a);
    nodes.set(b.id as string, b);
    const shared = r.shared as Row[];
    return { id: `${a.id}~${b.id}`, source: a.id as string, target: b.id as string, type: 'COORDINATES', weight: shared.length, shared, evidence: [] };
  });
  const ids = [...nodes.keys()].sort();
  const deg = degrees(ids, edges);
  const btw = betweenness(ids, edges);
  const com = communities(ids, edges);
  return {
    nodes: ids.map((id) => ({ ...graphNode(nodes.get(id)!), degree: deg.get(id), betweenness: btw.get(id), community: com.get(id) })),
    edges,
    truncated: rows.length >= 5000,
  };
}

export const resolvers = {
  Query: {
    async search(_: unknown, args: { text: string; types?: string[]; limit: number }, ctx: Context) {
      const text = nonEmptyText('text', args.text);
      const limit = intInRange('limit', args.limit, 1, 100);
      return (await searchEntities(ctx.db, text, typesArg(args.types), limit)).map(toEntity);
    },

    async entity(_: unknown, args: { id: string }, ctx: Context) {
      const [row] = await ctx.db.read('entity-summary', { id: args.id });
      return row ? toEntity(row) : null;
    },

    async entities(_: unknown, args: { types?: string[]; limit: number; offset: number }, ctx: Context) {
      const limit = intInRange('limit', args.limit, 1, 500);
      const skip = intInRange('offset', args.offset, 0, 1_000_000);
      const rows = await ctx.db.read('entities-by-type', { types: typesArg(args.types) ?? [...ENTITY_TYPES], skip, limit });
      return rows.map(toEntity);
    },

    async campaignParticipants(_: unknown, args: { campaign: string }, ctx: Context) {
      const name = nonEmptyText('campaign', args.campaign);
      const campaign = await resolveEntity(ctx.db, name, ['Campaign']);
      if (!campaign) throw notFound(`no campaign named "${name}"; try search(text: "${name}", types: [Campaign])`);
      return responsibilities(await ctx.db.read('responsibilities-for-target', { id: campaign.id, limit: 500, maxEvidence: MAX_EVIDENCE }));
    },

    async measureOwners(_: unknown, args: { measure?: string | null }, ctx: Context) {
      if (args.measure === null || args.measure === undefined) {
        return responsibilities(await ctx.db.read('responsibilities-all-measures', { limit: 2000, maxEvidence: MAX_EVIDENCE }));
      }
      const name = nonEmptyText('measure', args.measure);
      const measure = await resolveEntity(ctx.db, name, ['Measure']);
      if (!measure) throw notFound(`no measure named "${name}"; try search(text: "${name}", types: [Measure])`);
      return responsibilities(await ctx.db.read('responsibilities-for-target', { id: measure.id, limit: 500, maxEvidence: MAX_EVIDENCE }));
    },

    async agencyResponsibilities(_: unknown, args: { agency: string }, ctx: Context) {
      const name = nonEmptyText('agency', args.agency);
      const agency = await resolveEntity(ctx.db, name, ['Agency', 'Official']);
      if (!agency) throw notFound(`no agency named "${name}"; try search(text: "${name}", types: [Agency])`);
      return responsibilities(await ctx.db.read('responsibilities-of-agency', { id: agency.id, limit: 1000, maxEvidence: MAX_EVIDENCE }));
    },

    async supervision(_: unknown, args: { agency: string }, ctx: Context) {
      const name = nonEmptyText('agency', args.agency);
      const agency = await resolveEntity(ctx.db, name, ['Agency', 'Official']);
      if (!agency) throw notFound(`no agency named "${name}"; try search(text: "${name}", types: [Agency])`);
      const rows = await ctx.db.read('supervision', { id: agency.id, limit: 500, maxEvidence: MAX_EVIDENCE });
      return rows.map((r) => ({ ...r, evidence: sortEvidence(r.evidence as RawEvidence[]) }));
    },

    async neighborhood(_: unknown, args: { id: string; depth: number; types?: string[]; limit: number }, ctx: Context) {
      const depth = intInRange('depth', args.depth, 1, 3);
      const limit = intInRange('limit', args.limit, 1, 1000);
      const [center] = await ctx.db.read('entity-nodes', { ids: [args.id] });
      if (!center) throw notFound(`no entity with id "${args.id}"`);
      const nodes = new Map<string, Row>([[args.id, center]]);
      const edges = new Map<string, Row>();
      let frontier = [args.id];
      let truncated = false;
      for (let hop = 0; hop < depth && frontier.length; hop++) {
        const rows = await ctx.db.read('neighbors', { ids: frontier, types: typesArg(args.types), limit: limit + 1 });
        const next: string[] = [];
        for (const r of rows) {
          const s = r.source as Row;
          const t = r.target as Row;
          for (const n of [s, t]) {
            if (nodes.has(n.id as string)) continue;
            if (nodes.size >= limit) {
              truncated = true;
              continue;
            }
            nodes.set(n.id as string, n);
            next.push(n.id as string);
          }
          if (nodes.has(s.id as string) && nodes.has(t.id as string)) edges.set(r.id as string, r);
        }
        if (rows.length > limit) truncated = true;
        frontier = next;
      }
      const edgeList = [...edges.values()];
      const deg = degrees([...nodes.keys()], edgeList.map((r) => ({ source: (r.source as Row).id as string, target: (r.target as Row).id as string })));
      return {
        nodes: [...nodes.values()].map((n) => ({ ...graphNode(n), degree: deg.get(n.id as string) ?? 0 })),
        edges: edgeList.map((r) => ({
          id: r.id,
          type: r.type,
          source: (r.source as Row).id,
          target: (r.target as Row).id,
          weight: r.weight,
          shared: [],
          evidence: [],
          _relationId: r.id,
        })),
        truncated,
      };
    },

    async paths(_: unknown, args: { from: string; to: string; maxHops: number; limit: number }, ctx: Context) {
      const maxHops = intInRange('maxHops', args.maxHops, 1, 6);
      const limit = intInRange('limit', args.limit, 1, 20);
      if (args.from === args.to) throw notFound('from and to are the same entity; choose two different ones');
      const rows = await ctx.db.read('paths', { from: args.from, to: args.to, maxHops });
      // Parallel relationships (one per evidence item) give the same path several times.
      const seen = new Set<string>();
      const out = [];
      for (const r of rows) {
        const rels = r.rels as Row[];
        const key = rels.map((x) => x.id).join('>');
        // A walk that comes back to a node it has passed is no connection worth showing.
        const ids = (r.nodes as Row[]).map((n) => n.id);
        if (seen.has(key) || new Set(ids).size !== ids.length) continue;
        seen.add(key);
        out.push({
          length: rels.length,
          nodes: r.nodes,
          edges: rels.map((x) => ({ ...x, weight: 1, shared: [], evidence: [], _relationId: x.id })),
        });
        if (out.length >= limit) break;
      }
      return out;
    },

    async coordinationNetwork(_: unknown, args: { minShared: number; from?: string; to?: string }, ctx: Context) {
      const minShared = intInRange('minShared', args.minShared, 1, 1000);
      const from = dateBound('from', args.from, false);
      const to = dateBound('to', args.to, true);
      return graphWide(() => coordinationNetwork(ctx.db, from, to, minShared));
    },

    async documents(_: unknown, args: { limit: number; offset: number }, ctx: Context) {
      const limit = intInRange('limit', args.limit, 1, 500);
      const skip = intInRange('offset', args.offset, 0, 1_000_000);
      return ctx.db.read('documents', { limit, skip });
    },

    async document(_: unknown, args: { id: string }, ctx: Context) {
      const [row] = await ctx.db.read('document', { id: args.id });
      return row ?? null;
    },

    async timeline(_: unknown, args: { from?: string; to?: string; types?: string[] }, ctx: Context) {
      const from = dateBound('from', args.from, false);
      const to = dateBound('to', args.to, true);
      const types = typesArg(args.types) ?? ['Meeting', 'Law', 'Campaign', 'Proposal'];
      const rows = await ctx.db.read('timeline', { from, to, types, limit: 2000, maxEvidence: MAX_EVIDENCE });
      return rows.map((r) => {
        const actors = r.actors as { name: string; relType: string }[];
        const verb: Record<string, string> = { ISSUED: '印发/通过', LEADS: '主办/牵头', PROPOSED: '提出' };
        const entity = r.entity as EntityRef;
        return {
          date: r.date,
          entity,
          description: actors.length
            ? `${actors.map((a) => `${a.name}${verb[a.relType] ?? ''}`).join('；')}：${entity.name}`
            : entity.name,
          evidence: sortEvidence(r.evidence as RawEvidence[]),
          evidenceCount: r.evidenceCount,
        };
      });
    },

    async stats(_: unknown, __: unknown, ctx: Context) {
      const [docs, entities, relations] = await Promise.all([
        ctx.db.read('stats-documents'),
        ctx.db.read('stats-entities'),
        ctx.db.read('stats-relations'),
      ]);
      const sum = (rows: Row[]) => rows.reduce((n, r) => n + (r.count as number), 0);
      return {
        documents: docs[0]?.count ?? 0,
        entities: sum(entities),
        relations: sum(relations),
        byType: ENTITY_TYPES.map((type) => ({ type, count: entities.find((r) => r.type === type)?.count ?? 0 })),
        byRelation: relations,
      };
    },
  },

  Mutation: {
    async ingestDocument(_: unknown, args: { name: string; text: string }, ctx: Context) {
      requireWrite(ctx);
      const name = nonEmptyText('name', args.name, 200);
      if (!/^[\p{L}\p{N}_.-]+$/u.test(name)) throw badInput(`name may hold letters, digits, _ . - only; got "${name}"`);
      const text = args.text.replace(/\r\n?/g, '\n');
      if (!text.trim()) throw badInput('text must not be empty');
      const sha256 = createHash('sha256').update(args.text).digest('hex');
      const graph = extractDocument({ id: name, source: `api:${name}`, sha256, text });
      return loadDocumentGraph(ctx.db, graph);
    },

    async removeDocument(_: unknown, args: { id: string }, ctx: Context) {
      requireWrite(ctx);
      return removeDocument(ctx.db, args.id);
    },
  },

  Entity: {
    async properties(entity: { id: string; properties?: unknown }, _: unknown, ctx: Context) {
      if (entity.properties) return entity.properties;
      const [row] = await ctx.db.read('entity-summary', { id: entity.id });
      return row ? mergeProps(row.props) : [];
    },

    async relations(entity: { id: string }, args: { types?: string[]; direction: string; limit: number }, ctx: Context) {
      const limit = intInRange('limit', args.limit, 1, 500);
      const rows = await ctx.db.read('entity-relations', { id: entity.id, types: typesArg(args.types), direction: args.direction, limit, maxEvidence: MAX_EVIDENCE });
      return rows.map((r) => ({
        id: r.id,
        type: r.type,
        direction: r.out ? 'OUT' : 'IN',
        source: r.source,
        target: r.target,
        other: r.out ? r.target : r.source,
        confidence: r.confidence,
        evidence: sortEvidence(r.evidence as RawEvidence[]),
        evidenceCount: r.evidenceCount,
      }));
    },
  },

  Evidence: {
    async document(ev: RawEvidence, _: unknown, ctx: Context) {
      return (await ctx.documentRefs.load(ev.doc)) ?? { id: ev.doc, title: null, date: null };
    },
  },

  Document: {
    async spans(doc: { id: string }, _: unknown, ctx: Context) {
      const rows = await ctx.db.read('document-spans', { id: doc.id });
      return rows
        .flatMap((r) =>
          (r.starts as number[]).map((start, i) => ({
            start,
            end: (r.ends as number[])[i],
            kind: r.kind,
            label: r.label,
            entityId: r.entityId ?? null,
          })),
        )
        .sort((a, b) => a.start - b.start || (b.end ?? 0) - (a.end ?? 0) || String(a.kind).localeCompare(String(b.kind)));
    },
    addressees: (doc: { addressees?: string[] | null }) => doc.addressees ?? [],
  },

  GraphEdge: {
    /** Evidence of a fact edge, fetched only when asked for. */
    async evidence(edge: { _relationId?: string; source: string; evidence: RawEvidence[] }, _: unknown, ctx: Context) {
      if (!edge._relationId) return edge.evidence;
      const rows = await ctx.db.read('relation-evidence', { id: edge._relationId, source: edge.source });
      return sortEvidence(rows as unknown as RawEvidence[]);
    },
  },
};
