// 协同网络: agencies tied by joint action (cypher/coordination-network.cypher), shown as a readable default (the
// agencies with the strongest ties), filtered by region, kind of tie and date, with Louvain communities, and each
// tie's provenance (cypher/coordination-tie.cypher): what the two share and the quotes that put each of them there.
import pLimit from 'p-limit';
import type { Db, Row } from '../../store/db.ts';
import { badInput, notFound } from '../../store/errors.ts';
import { agencyRegion } from '../../ingest/index.ts';
import { betweenness, communities, degrees } from '../graph-metrics.ts';
import { dateRange, intInRange, nonEmptyText } from '../inputs.ts';
import { MAX_EVIDENCE, sortEvidence, type Context, type EntityRef, type RawEvidence } from './shared.ts';

export const COORDINATION_KINDS = ['JOINT_WORK', 'MEETING', 'CO_ISSUED', 'SUPERVISION'] as const;

// A whole-graph aggregation (every action relationship: about half a second of one core on the 10,000-document graph)
// is queued one at a time: several at once on a small machine all ran past the query timeout with the earlier,
// heavier projection (six distinct requests sent together failed after 11 s; one at a time they took 16 s).
export const graphWide = pLimit(1);

export interface Tie {
  source: string;
  target: string;
  weight: number;
  kinds: string[];
}

interface Filters {
  from: string | null;
  to: string | null;
  kinds: string[];
}

interface NetworkArgs {
  minShared: number;
  limit: number;
  tiesPerAgency: number;
  from?: string;
  to?: string;
  region?: string;
  kinds?: string[];
}

function filters(args: { from?: string | null; to?: string | null; kinds?: string[] | null }): Filters {
  const kinds = args.kinds?.length ? [...new Set(args.kinds)] : [...COORDINATION_KINDS];
  return { ...dateRange(args.from, args.to), kinds };
}

/** One tie per pair of agencies (source < target): its weight is the number of items they share, over all kinds. */
export function mergeTies(rows: { a: string; b: string; kind: string; items: number }[]): Tie[] {
  const ties = new Map<string, Tie>();
  for (const r of rows) {
    const [source, target] = r.a < r.b ? [r.a, r.b] : [r.b, r.a];
    const key = `${source}\u0000${target}`;
    const tie = ties.get(key) ?? { source, target, weight: 0, kinds: [] };
    tie.weight += r.items;
    tie.kinds.push(r.kind);
    ties.set(key, tie);
  }
  for (const t of ties.values()) t.kinds.sort();
  return [...ties.values()].sort((x, y) => x.source.localeCompare(y.source) || x.target.localeCompare(y.target));
}

/**
 * A backbone that stays readable: each agency keeps its `k` strongest ties (by weight, then the other's id); a tie
 * is shown when either end keeps it. Every agency keeps at least one tie, and no dense province becomes a hairball.
 */
export function backbone(ties: Tie[], k: number): Tie[] {
  if (k <= 0) return ties;
  const byNode = new Map<string, Tie[]>();
  for (const t of ties) for (const n of [t.source, t.target]) byNode.set(n, [...(byNode.get(n) ?? []), t]);
  const kept = new Set<Tie>();
  for (const [n, list] of byNode) {
    const other = (t: Tie) => (t.source === n ? t.target : t.source);
    list.sort((x, y) => y.weight - x.weight || other(x).localeCompare(other(y)));
    for (const t of list.slice(0, k)) kept.add(t);
  }
  return ties.filter((t) => kept.has(t));
}

/**
 * The readable default: the `limit` agencies with the largest weighted degree (ties to break by id) and the ties among
 * them. Everything else is counted so the view can say what it left out.
 */
export function strongest(ties: Tie[], limit: number): { ties: Tie[]; agencies: string[]; totalAgencies: number } {
  const strength = new Map<string, number>();
  for (const t of ties) for (const n of [t.source, t.target]) strength.set(n, (strength.get(n) ?? 0) + t.weight);
  const ranked = [...strength].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([n]) => n);
  const kept = new Set(ranked.slice(0, limit));
  return { ties: ties.filter((t) => kept.has(t.source) && kept.has(t.target)), agencies: [...kept].sort(), totalAgencies: ranked.length };
}

function regionCounts(nodes: Map<string, Row>): { region: string; agencies: number }[] {
  const counts = new Map<string, number>();
  for (const n of nodes.values()) counts.set(n.region as string, (counts.get(n.region as string) ?? 0) + 1);
  return [...counts].map(([region, agencies]) => ({ region, agencies })).sort((x, y) => y.agencies - x.agencies || x.region.localeCompare(y.region));
}

async function coordinationNetwork(db: Db, f: Filters, args: NetworkArgs) {
  const [rows, undated] = await Promise.all([
    db.read('coordination-network', { from: f.from, to: f.to, kinds: f.kinds }),
    f.from || f.to ? db.read('documents-undated', {}) : Promise.resolve([{ count: 0 }]),
  ]);
  const nodes = new Map<string, Row>();
  for (const r of rows) for (const n of [r.a as Row, r.b as Row]) if (!nodes.has(n.id as string)) nodes.set(n.id as string, { ...n, region: agencyRegion(n.name as string) });
  const all = mergeTies(rows.map((r) => ({ a: (r.a as Row).id as string, b: (r.b as Row).id as string, kind: r.kind as string, items: r.items as number })));
  const inRegion = (id: string) => !args.region || nodes.get(id)?.region === args.region;
  const eligible = all.filter((t) => t.weight >= args.minShared && inRegion(t.source) && inRegion(t.target));
  const top = strongest(eligible, args.limit);
  const ties = backbone(top.ties, args.tiesPerAgency);
  const deg = degrees(top.agencies, ties);
  const btw = betweenness(top.agencies, ties);
  const com = communities(top.agencies, ties);
  return {
    nodes: top.agencies.map((id) => {
      const n = nodes.get(id)!;
      const aliases = [...((n.aliases as string[]) ?? [])].sort();
      return { id, type: 'Agency', name: n.name, aliases, region: n.region, degree: deg.get(id), betweenness: btw.get(id), community: com.of.get(id) };
    }),
    edges: ties.map((t) => ({ id: `${t.source}~${t.target}`, type: 'COORDINATES', shared: [], evidence: [], ...t })),
    truncated: top.agencies.length < top.totalAgencies || ties.length < eligible.length,
    totalAgencies: top.totalAgencies,
    totalTies: eligible.length,
    tiesAmongShown: top.ties.length,
    communities: com.count,
    modularity: com.modularity,
    undatedDocuments: undated[0]!.count,
    regions: regionCounts(nodes),
  };
}

async function coordinationTie(db: Db, a: string, b: string, f: Filters) {
  const refs = await db.read('entity-nodes', { ids: [a, b] });
  for (const id of [a, b]) if (!refs.some((r) => r.id === id && r.type === 'Agency')) throw notFound(`no agency with id "${id}"`);
  const rows = await db.read('coordination-tie', { a, b, from: f.from, to: f.to, kinds: f.kinds, maxEvidence: MAX_EVIDENCE });
  const ref = (id: string) => refs.find((r) => r.id === id) as unknown as EntityRef;
  return {
    a: ref(a),
    b: ref(b),
    items: rows.map((r) => ({
      kind: r.kind,
      entity: r.item,
      relationsA: r.relA,
      relationsB: r.relB,
      documents: r.documents,
      evidenceA: sortEvidence(r.evidenceA as RawEvidence[]),
      evidenceB: sortEvidence(r.evidenceB as RawEvidence[]),
    })),
  };
}

export const coordinationResolvers = {
  Query: {
    async coordinationNetwork(_: unknown, args: NetworkArgs, ctx: Context) {
      const checked = {
        ...args,
        minShared: intInRange('minShared', args.minShared, 1, 1000),
        limit: intInRange('limit', args.limit, 1, 2000),
        tiesPerAgency: intInRange('tiesPerAgency', args.tiesPerAgency, 0, 100),
        region: args.region == null ? undefined : nonEmptyText('region', args.region, 30),
      };
      const f = filters(args);
      return graphWide(() => coordinationNetwork(ctx.db, f, checked));
    },

    async coordinationTie(_: unknown, args: { a: string; b: string; from?: string; to?: string; kinds?: string[] }, ctx: Context) {
      if (args.a === args.b) throw badInput('a and b are the same agency; choose two different ones');
      return coordinationTie(ctx.db, args.a, args.b, filters(args));
    },
  },
};
