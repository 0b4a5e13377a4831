// The coordination network's arithmetic on hand-made graphs: Louvain communities (seeded, numbered by size) and
// their modularity, the strongest-agencies cut and the per-agency backbone.
import { describe, expect, it } from 'vitest';
import { communities } from '../server/graph-metrics.ts';
import { backbone, mergeTies, strongest, type Tie } from '../server/resolvers/coordination.ts';

const clique = (ids: string[], weight = 1) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => ({ source: a, target: b, weight })));

describe('Louvain communities', () => {
  it('finds two dense groups joined by one edge, largest first, with their modularity, the same on every run', () => {
    const big = ['a1', 'a2', 'a3', 'a4', 'a5'];
    const small = ['b1', 'b2', 'b3', 'b4'];
    const edges = [...clique(big), ...clique(small), { source: 'a1', target: 'b1', weight: 1 }];
    const nodes = [...small, ...big, 'lonely'];
    const c = communities(nodes, edges);
    expect(c.count).toBe(3);
    expect(new Set(big.map((n) => c.of.get(n)))).toEqual(new Set([0]));
    expect(new Set(small.map((n) => c.of.get(n)))).toEqual(new Set([1]));
    expect(c.of.get('lonely')).toBe(2);
    // Newman–Girvan over 17 edges: 10/17 − (21/34)² + 6/17 − (13/34)² ≈ 0.41
    expect(c.modularity).toBeGreaterThan(0.4);
    expect(c.modularity).toBeLessThan(0.5);
    for (let i = 0; i < 5; i++) expect(communities([...nodes].reverse(), [...edges].reverse())).toEqual(c);
  });

  it('gives a graph without edges one community per node and modularity 0', () => {
    const c = communities(['x', 'y'], []);
    expect(c).toEqual({ of: new Map([['x', 0], ['y', 1]]), count: 2, modularity: 0 });
  });
});

describe('the readable default', () => {
  const ties: Tie[] = mergeTies([
    { a: 'A', b: 'B', kind: 'JOINT_WORK', items: 5 },
    { a: 'B', b: 'A', kind: 'SUPERVISION', items: 1 },
    { a: 'A', b: 'C', kind: 'MEETING', items: 2 },
    { a: 'B', b: 'C', kind: 'JOINT_WORK', items: 1 },
    { a: 'C', b: 'D', kind: 'CO_ISSUED', items: 1 },
  ]);

  it('merges kinds per pair and sums their items', () => {
    expect(ties.find((t) => t.source === 'A' && t.target === 'B')).toEqual({ source: 'A', target: 'B', weight: 6, kinds: ['JOINT_WORK', 'SUPERVISION'] });
    expect(ties).toHaveLength(4);
  });

  it('keeps the agencies with the largest weighted degree and the ties among them', () => {
    const top = strongest(ties, 3);
    expect(top.agencies).toEqual(['A', 'B', 'C']);
    expect(top.totalAgencies).toBe(4);
    expect(top.ties.map((t) => t.source + t.target)).toEqual(['AB', 'AC', 'BC']);
  });

  it('keeps each agency’s strongest ties, so every agency keeps one', () => {
    expect(backbone(ties, 1).map((t) => t.source + t.target)).toEqual(['AB', 'AC', 'CD']);
    expect(backbone(ties, 0)).toEqual(ties);
  });
});
