// Centrality and communities of the agency–agency projection, computed in memory on the (small) result.

export interface WeightedEdge {
  source: string;
  target: string;
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

/** Label propagation with a deterministic order and tie-break, numbered 0.. by community size. */
export function communities(nodes: string[], edges: WeightedEdge[]): Map<string, number> {
  const adj = adjacency(nodes, edges);
  const label = new Map(nodes.map((n) => [n, n]));
  const order = [...nodes].sort();
  for (let round = 0; round < 20; round++) {
    let changed = false;
    for (const v of order) {
      const counts = new Map<string, number>();
      for (const w of adj.get(v) ?? []) counts.set(label.get(w)!, (counts.get(label.get(w)!) ?? 0) + 1);
      if (!counts.size) continue;
      const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
      if (best !== label.get(v)) {
        label.set(v, best);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const sizes = new Map<string, number>();
  for (const l of label.values()) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  const ranked = [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l]) => l);
  return new Map([...label].map(([n, l]) => [n, ranked.indexOf(l)]));
}
