// Documents and timeline: a filtered, sorted page of documents with their counts, the values to filter by, one
// document with its highlighted spans and its facts, dated events, and the document an evidence quote comes from.
import type { Context, DocumentRef, EntityRef, RawEvidence } from './shared.ts';
import { MAX_EVIDENCE, sortEvidence, typesArg } from './shared.ts';
import { dateRange, intInRange, optionalText, optionalYear } from '../inputs.ts';

interface DocumentFilters {
  genre?: string | null;
  year?: string | null;
  author?: string | null;
}

/** The filters as query parameters; each is an exact value or null (no filter). */
function filterParams(args: DocumentFilters) {
  return { genre: optionalText('genre', args.genre, 40), year: optionalYear('year', args.year), author: optionalText('author', args.author) };
}

const FACETS = { genre: 'genres', year: 'years', author: 'authors' } as const;

/** One row per fact the document states, its evidence shaped like every other evidence item. */
async function documentFacts(ctx: Context, id: string) {
  const rows = await ctx.db.read('document-facts', { id });
  return rows.map((r) => ({ id: r.id, type: r.type, source: r.source, target: r.target, confidence: r.confidence, evidence: r.evidence }));
}

export const documentResolvers = {
  Query: {
    async documents(_: unknown, args: DocumentFilters & { limit: number; offset: number; sort: string }, ctx: Context) {
      const limit = intInRange('limit', args.limit, 1, 500);
      const skip = intInRange('offset', args.offset, 0, 1_000_000);
      return ctx.db.read('documents', { limit, skip, sort: args.sort, ...filterParams(args) });
    },

    async documentCount(_: unknown, args: DocumentFilters, ctx: Context) {
      const [row] = await ctx.db.read('documents-count', filterParams(args));
      return row?.count ?? 0;
    },

    async documentFacets(_: unknown, __: unknown, ctx: Context) {
      const facets = { genres: [], years: [], authors: [] } as Record<(typeof FACETS)[keyof typeof FACETS], { value: string; count: number }[]>;
      for (const r of await ctx.db.read('document-facets')) {
        facets[FACETS[r.facet as keyof typeof FACETS]].push({ value: r.value as string, count: r.count as number });
      }
      return facets;
    },

    async document(_: unknown, args: { id: string }, ctx: Context) {
      const [row] = await ctx.db.read('document', { id: args.id });
      return row ?? null;
    },

    async timeline(_: unknown, args: { from?: string; to?: string; types?: string[] }, ctx: Context) {
      const { from, to } = dateRange(args.from, args.to);
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
  },

  Evidence: {
    /** Evidence read by key carries its document already; other evidence looks it up (batched per request). */
    document(ev: RawEvidence & { document?: DocumentRef | null }, _: unknown, ctx: Context): DocumentRef | Promise<DocumentRef> {
      return ev.document ?? ctx.documentRefs.load(ev.doc).then((d) => d ?? { id: ev.doc, title: null, date: null });
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
    facts: (doc: { id: string }, _: unknown, ctx: Context) => documentFacts(ctx, doc.id),
    // Stored at load; a document loaded before the count was stored is counted from its facts.
    async factCount(doc: { id: string; factCount?: number | null }, _: unknown, ctx: Context) {
      return doc.factCount ?? (await documentFacts(ctx, doc.id)).length;
    },
  },
};
