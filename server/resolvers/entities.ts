// Entities and search: find an entity by name, read one or a page of them, their relations and properties; counts.
import type { Db, Row } from '../../store/db.ts';
import { nameKey } from '../../store/load-graph.ts';
import { ENTITY_TYPES, normalizeQuery, type EntityType } from '../../ingest/index.ts';
import { intInRange, nonEmptyText } from '../inputs.ts';
import { phraseQuery, searchQuery } from '../lucene.ts';
import { mergeProps, toEntity, typesArg, type Context, type EntityRef } from './shared.ts';

async function searchEntities(db: Db, typed: string, types: string[] | null, limit: number) {
  // Names are stored as the normalised view writes them: ask in that form (銀行 finds 银行).
  const text = normalizeQuery(typed);
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
export async function resolveEntity(db: Db, typed: string, types: EntityType[]): Promise<EntityRef | null> {
  const text = normalizeQuery(typed);
  const key = nameKey(text);
  const [exact] = await db.read('resolve-entity', { key, lucene: phraseQuery(text), types });
  if (exact) return exact as unknown as EntityRef;
  // Otherwise a close variant: 断卡专项行动 means 断卡; 宣传月 means 集中宣传月. Mere bigram overlap is no match.
  const close = (await searchEntities(db, text, types, 5)).find((hit) =>
    [hit.name as string, ...((hit.aliases as string[]) ?? [])].map(nameKey).some((n) => n.includes(key) || key.includes(n)),
  );
  return close ? ({ id: close.id, type: close.type, name: close.name } as EntityRef) : null;
}

export const entityResolvers = {
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

  Entity: {
    async properties(entity: { id: string; properties?: unknown }, _: unknown, ctx: Context) {
      if (entity.properties) return entity.properties;
      const [row] = await ctx.db.read('entity-summary', { id: entity.id });
      return row ? mergeProps(row.props) : [];
    },

    async relations(entity: { id: string }, args: { types?: string[]; direction: string; limit: number }, ctx: Context) {
      const limit = intInRange('limit', args.limit, 1, 500);
      const rows = await ctx.db.read('entity-relations', { id: entity.id, types: typesArg(args.types), direction: args.direction, limit });
      return rows.map((r) => ({
        id: r.id,
        type: r.type,
        direction: r.out ? 'OUT' : 'IN',
        source: r.source,
        target: r.target,
        other: r.out ? r.target : r.source,
        confidence: r.confidence,
        preview: r.preview,
        evidenceCount: r.evidenceCount,
        firstDate: r.firstDate,
        lastDate: r.lastDate,
      }));
    },

    /** One query for the whole list: every mentioning document with its first mention. */
    async documents(entity: { id: string }, args: { limit: number }, ctx: Context) {
      const limit = intInRange('limit', args.limit, 1, 500);
      const rows = await ctx.db.read('entity-documents', { id: entity.id, limit });
      return rows.map((r) => {
        const starts = r.starts as number[];
        const first = starts.indexOf(Math.min(...starts));
        return {
          document: { id: r.id, title: r.title ?? null, date: r.date ?? null },
          count: starts.length,
          start: starts[first],
          end: (r.ends as number[])[first],
        };
      });
    },
  },
};
