// Documents and timeline: the stored documents, one with its highlighted spans, dated events, and the document an
// evidence quote comes from.
import type { Context, EntityRef, RawEvidence } from './shared.ts';
import { MAX_EVIDENCE, sortEvidence, typesArg } from './shared.ts';
import { dateRange, intInRange } from '../inputs.ts';

export const documentResolvers = {
  Query: {
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
};
