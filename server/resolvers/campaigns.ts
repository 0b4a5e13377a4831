// Campaigns and responsibilities: who takes part in a campaign and in what role, who owns a measure, what an agency
// leads, who supervises it.
import type { Row } from '../../store/db.ts';
import { agencyKindOf, agencyRegion } from '../../ingest/index.ts';
import { notFound } from '../../store/errors.ts';
import { intInRange, nonEmptyText, optionalYear } from '../inputs.ts';
import { resolveEntity } from './entities.ts';
import { evidenceByKeys, MAX_EVIDENCE, sortEvidence, typesArg, type Context, type EntityRef, type RawEvidence } from './shared.ts';


const ROLE_OF: Record<string, string> = {
  LEADS: 'LEAD',
  CO_HANDLES: 'CO_HANDLER',
  SUPERVISES: 'SUPERVISOR',
  PARTICIPATES_IN: 'PARTICIPANT',
};

function responsibilities(rows: Row[]) {
  return rows.map((r) => ({
    id: r.id,
    agency: r.agency,
    target: r.target,
    measure: r.target,
    campaign: r.target,
    role: ROLE_OF[r.relType as string],
    years: [...(r.years as string[])].sort(),
    preview: r.preview,
    evidenceCount: r.evidenceCount,
  }));
}

export const campaignResolvers = {
  Query: {
    async campaignParticipants(_: unknown, args: { campaign: string }, ctx: Context) {
      const name = nonEmptyText('campaign', args.campaign);
      const campaign = await resolveEntity(ctx.db, name, ['Campaign']);
      if (!campaign) throw notFound(`no campaign named "${name}"; try search(text: "${name}", types: [Campaign])`);
      return responsibilities(await ctx.db.read('responsibilities-for-target', { id: campaign.id, limit: 500 }));
    },

    async measureOwners(_: unknown, args: { measure?: string | null }, ctx: Context) {
      if (args.measure === null || args.measure === undefined) {
        return responsibilities(await ctx.db.read('responsibilities-all-measures', { limit: 2000 }));
      }
      const name = nonEmptyText('measure', args.measure);
      const measure = await resolveEntity(ctx.db, name, ['Measure']);
      if (!measure) throw notFound(`no measure named "${name}"; try search(text: "${name}", types: [Measure])`);
      return responsibilities(await ctx.db.read('responsibilities-for-target', { id: measure.id, limit: 500 }));
    },

    async agencyResponsibilities(_: unknown, args: { agency: string; targetTypes?: string[] | null }, ctx: Context) {
      const name = nonEmptyText('agency', args.agency);
      const agency = await resolveEntity(ctx.db, name, ['Agency', 'Official']);
      if (!agency) throw notFound(`no agency named "${name}"; try search(text: "${name}", types: [Agency])`);
      return responsibilities(await ctx.db.read('responsibilities-of-agency', { id: agency.id, targetTypes: typesArg(args.targetTypes), limit: 1000 }));
    },

    async responsibilityMatrix(_: unknown, args: { targetTypes?: string[] | null; year?: string | null; limit: number }, ctx: Context) {
      const limit = intInRange('limit', args.limit, 1, 20_000);
      const year = optionalYear('year', args.year);
      const targetTypes = typesArg(args.targetTypes) ?? ['Campaign', 'Measure'];
      const rows = await ctx.db.read('responsibility-matrix', { targetTypes, year, limit: limit + 1 });
      return {
        truncated: rows.length > limit,
        rows: responsibilities(rows.slice(0, limit)).map((r) => {
          const name = (r.agency as EntityRef).name;
          const kind = agencyKindOf(name);
          return { ...r, region: agencyRegion(name), kind: kind.kind, kindEn: kind.en };
        }),
      };
    },

    async factEvidence(_: unknown, args: { id: string }, ctx: Context) {
      return evidenceByKeys(await ctx.factEvidenceKeys.load(args.id), ctx);
    },

    async responsibilitiesBetween(_: unknown, args: { agency: string; target: string }, ctx: Context) {
      return responsibilities(await ctx.db.read('responsibilities-between', { agency: args.agency, target: args.target }));
    },

    async supervision(_: unknown, args: { agency: string }, ctx: Context) {
      const name = nonEmptyText('agency', args.agency);
      const agency = await resolveEntity(ctx.db, name, ['Agency', 'Official']);
      if (!agency) throw notFound(`no agency named "${name}"; try search(text: "${name}", types: [Agency])`);
      const rows = await ctx.db.read('supervision', { id: agency.id, limit: 500, maxEvidence: MAX_EVIDENCE });
      return rows.map((r) => ({ ...r, evidence: sortEvidence(r.evidence as RawEvidence[]) }));
    },
  },
};
