// Network and paths: an entity's neighbourhood, shortest connections between two entities, and a graph edge's
// evidence on demand (the agencies' coordination network is in coordination.ts).
import type { Db, Row } from '../../store/db.ts';
import { notFound } from '../../store/errors.ts';
import { degrees } from '../graph-metrics.ts';
import { intInRange } from '../inputs.ts';
import { evidenceByKeys, typesArg, type Context, type RawEvidence } from './shared.ts';

function graphNode(n: Row) {
  return { id: n.id, type: n.type, name: n.name, aliases: [...((n.aliases as string[]) ?? [])].sort(), degree: 0, betweenness: 0, community: 0 };
}

export const networkResolvers = {
  Query: {
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
          _relationId: r.id,
        })),
        truncated,
      };
    },

    async paths(_: unknown, args: { from: string; to: string; maxHops: number; limit: number }, ctx: Context) {
      const maxHops = intInRange('maxHops', args.maxHops, 1, 6);
      const limit = intInRange('limit', args.limit, 1, 20);
      if (args.from === args.to) throw notFound('from and to are the same entity; choose two different ones');
      const rows = await ctx.db.read('paths', { from: args.from, to: args.to, maxHops, limit });
      return rows.map((r) => {
        const rels = r.rels as Row[];
        return { length: rels.length, nodes: r.nodes, edges: rels.map((x) => ({ ...x, weight: 1, shared: [], evidence: [], _relationId: x.id })) };
      });
    },
  },

  GraphEdge: {
    /** Kinds of joint action behind a coordination tie; other edges have none. */
    kinds: (edge: { kinds?: string[] }) => edge.kinds ?? [],
    /** Evidence of a fact edge (neighbourhood, path), read by its fact's keys only when asked for. */
    async evidence(edge: { _relationId?: string; evidence?: RawEvidence[] }, _: unknown, ctx: Context) {
      if (edge._relationId) return evidenceByKeys(await ctx.factEvidenceKeys.load(edge._relationId), ctx);
      return edge.evidence ?? [];
    },
  },
};
