// Centrality and communities of the agency–agency coordination network, computed in memory on the (small) result.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';

export interface WeightedEdge {
  source: string;
  target: string;
  weight?: number;
}

function adjacency(nodes: string[], edges: WeightedEdge[]): Map<string, string[]> {
  const adj = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const e of edges) {
    adj.get(e.source)?.push(e.target);
    adj.get(e.target)?.push(e.source);
  }
  for (const list of adj.values()) list.sort();
  return adj;
}

export function degrees(nodes: string[], edges: WeightedEdge[]): Map<string, number> {
  const adj = adjacency(nodes, edges);
  return new Map([...adj].map(([n, list]) => [n, list.length]));
}

/** Brandes' algorithm on the unweighted, undirected graph; normalised to 0..1. */
export function betweenness(nodes: string[], edges: WeightedEdge[]): Map<string, number> {
  const adj = adjacency(nodes, edges);
  const cb = new Map<string, number>(nodes.map((n) => [n, 0]));
  for (const s of nodes) {
    const stack: string[] = [];
    const preds = new Map<string, string[]>();
    const sigma = new Map<string, number>([[s, 1]]);
    const dist = new Map<string, number>([[s, 0]]);
    const queue = [s];
    for (let qi = 0; qi < queue.length; qi++) {
      const v = queue[qi]!;
      stack.push(v);
      for (const w of adj.get(v) ?? []) {
        if (!dist.has(w)) {
          dist.set(w, dist.get(v)! + 1);
          queue.push(w);
        }
        if (dist.get(w) === dist.get(v)! + 1) {
          sigma.set(w, (sigma.get(w) ?? 0) + sigma.get(v)!);
          preds.set(w, [...(preds.get(w) ?? []), v]);
        }
      }
    }
    const delta = new Map<string, number>();
    while (stack.length) {
      const w = stack.pop()!;
      for (const v of preds.get(w) ?? []) {
        delta.set(v, (delta.get(v) ?? 0) + (sigma.get(v)! / sigma.get(w)!) * (1 + (delta.get(w) ?? 0)));
      }
      if (w !== s) cb.set(w, cb.get(w)! + (delta.get(w) ?? 0));
    }
  }
  const n = nodes.length;
  // Undirected: every pair was counted from both ends.
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  return new Map([...cb].map(([k, v]) => [k, v * scale]));
}

/** Mulberry32: a small seeded generator, so Louvain's random node order is the same on every run (bench seeds with it too). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Communities {
  /** Community per node, numbered 0.. by size (largest first), ties by smallest node id. */
  of: Map<string, number>;
  count: number;
  /** Newman–Girvan modularity of the partition on the weighted graph (-0.5..1; 0 for a graph without edges). */
  modularity: number;
}

/** Louvain (graphology-communities-louvain) on the weighted graph, seeded: the same graph gives the same partition. */
export function communities(nodes: string[], edges: WeightedEdge[]): Communities {
  const g = new Graph({ type: 'undirected' });
  // Sorted insertion: graphology iterates in insertion order, which together with the seed fixes the result.
  for (const n of [...nodes].sort()) g.addNode(n);
  for (const e of edges) g.mergeEdge(e.source, e.target, { weight: e.weight ?? 1 });
  if (g.size === 0) return { of: new Map(nodes.map((n, i) => [n, i])), count: nodes.length, modularity: 0 };
  const res = louvain.detailed(g, { getEdgeWeight: 'weight', rng: seededRandom(15) });
  const members = new Map<number, string[]>();
  for (const n of g.nodes()) members.set(res.communities[n]!, [...(members.get(res.communities[n]!) ?? []), n]);
  const ranked = [...members.values()].sort((x, y) => y.length - x.length || x[0]!.localeCompare(y[0]!));
  const of = new Map<string, number>();
  ranked.forEach((list, i) => list.forEach((n) => of.set(n, i)));
  return { of, count: ranked.length, modularity: res.modularity };
}
