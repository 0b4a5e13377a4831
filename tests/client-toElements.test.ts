import { describe, expect, it } from 'vitest';
import {
  coordinationElements,
  edgeElementId,
  groupByRole,
  participationsToSubgraph,
  pathElementIds,
  pathsToSubgraph,
  subgraphToElements,
} from '../client/src/toElements.ts';
import type { GraphEdge, GraphNode, Participation, Path } from '../client/src/types.ts';
import { COMMUNITY_PALETTE, OTHER_COMMUNITY, TYPE_STYLE, communityColor } from '../client/src/graphStyle.ts';

const node = (id: string, name = id, type: GraphNode['type'] = 'Agency'): GraphNode => ({
  id, type, name, aliases: [], degree: 1, betweenness: 0, community: 0,
});
const edge = (id: string, source: string, target: string, type = 'LEADS', weight = 1): GraphEdge => ({
  id, source, target, type, weight, shared: [], evidence: [],
});
const ev = (quote: string) => ({ document: { id: 'd1', title: 't', date: null }, quote, start: 0, end: quote.length });

describe('subgraphToElements', () => {
  it('deduplicates nodes and edges and drops dangling edges', () => {
    const els = subgraphToElements({
      nodes: [node('a', '湖南省公安厅'), node('b'), node('a', 'dup')],
      edges: [edge('1', 'a', 'b'), edge('1', 'a', 'b'), edge('2', 'a', 'zzz')],
    });
    const ids = els.map((e) => e.data.id);
    expect(ids).toEqual(['a', 'b', edgeElementId('1')]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(els[0]!.data.label).toBe('湖南省公安厅');
  });

  it('keeps node and edge id spaces apart (same raw id)', () => {
    const els = subgraphToElements({ nodes: [node('x'), node('y')], edges: [edge('x', 'x', 'y')] });
    expect(els.map((e) => e.data.id)).toEqual(['x', 'y', 'edge:x']);
  });

  it('skips ids already in the graph but accepts them as endpoints', () => {
    const els = subgraphToElements(
      { nodes: [node('a'), node('c')], edges: [edge('1', 'a', 'b'), edge('2', 'a', 'c')] },
      { existing: ['a', 'b', 'edge:1'] },
    );
    expect(els.map((e) => e.data.id)).toEqual(['c', 'edge:2']);
  });

  it('widens edges with evidence count', () => {
    const [, , thin] = subgraphToElements({ nodes: [node('a'), node('b')], edges: [edge('1', 'a', 'b', 'LEADS', 1)] });
    const [, , wide] = subgraphToElements({ nodes: [node('a'), node('b')], edges: [edge('1', 'a', 'b', 'LEADS', 8)] });
    expect(wide!.data.width).toBeGreaterThan(thin!.data.width);
    expect(thin!.data.color).toMatch(/^#/);
  });
});

describe('paths', () => {
  const p1: Path = {
    length: 2,
    nodes: [{ id: 'a', type: 'Agency', name: 'A' }, { id: 'm', type: 'Measure', name: 'M' }, { id: 'b', type: 'Agency', name: 'B' }],
    edges: [edge('e1', 'a', 'm'), edge('e2', 'b', 'm')],
  };
  const p2: Path = {
    length: 2,
    nodes: [{ id: 'a', type: 'Agency', name: 'A' }, { id: 'c', type: 'Campaign', name: 'C' }, { id: 'b', type: 'Agency', name: 'B' }],
    edges: [edge('e3', 'a', 'c'), edge('e4', 'b', 'c')],
  };
  it('merges paths into one subgraph without duplicates', () => {
    const sub = pathsToSubgraph([p1, p2, p1]);
    expect(sub.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'm']);
    expect(sub.edges).toHaveLength(4);
    expect(subgraphToElements(sub)).toHaveLength(8);
  });
  it('lists the element ids of one path', () => {
    expect(pathElementIds(p1)).toEqual(['a', 'm', 'b', 'edge:e1', 'edge:e2']);
  });
});

describe('participations', () => {
  const camp = { id: 'c1', type: 'Campaign' as const, name: '“断卡”行动' };
  const parts: Participation[] = [
    { campaign: camp, agency: { id: 'a1', type: 'Agency', name: '湖南省公安厅' }, role: 'LEAD', evidence: [ev('q1')] },
    { campaign: camp, agency: { id: 'a2', type: 'Agency', name: '湖南省教育厅' }, role: 'PARTICIPANT', evidence: [] },
    { campaign: camp, agency: { id: 'a1', type: 'Agency', name: '湖南省公安厅' }, role: 'LEAD', evidence: [ev('q2')] },
  ];
  it('builds a star with role-typed edges, merging repeated rows', () => {
    const sub = participationsToSubgraph(parts, camp);
    expect(sub.nodes.map((n) => n.id).sort()).toEqual(['a1', 'a2', 'c1']);
    expect(sub.edges).toHaveLength(2);
    const lead = sub.edges.find((e) => e.source === 'a1')!;
    expect(lead.type).toBe('LEADS');
    expect(lead.evidence.map((e) => e.quote)).toEqual(['q1', 'q2']);
    expect(lead.weight).toBe(2);
    expect(sub.edges.find((e) => e.source === 'a2')!.type).toBe('PARTICIPATES_IN');
  });
  it('groups by role in a fixed order', () => {
    expect(groupByRole(parts).map(([r, l]) => [r, l.length])).toEqual([['LEAD', 2], ['PARTICIPANT', 1]]);
  });
});

describe('coordinationElements', () => {
  it('sizes nodes by betweenness or degree and colours by community', () => {
    const sub = {
      nodes: [
        { ...node('a'), betweenness: 1, degree: 1, community: 0 },
        { ...node('b'), betweenness: 0, degree: 4, community: 1 },
      ],
      edges: [edge('1', 'a', 'b', 'COORDINATES', 3)],
      truncated: false,
    };
    const byB = coordinationElements(sub, 'betweenness');
    expect(byB[0]!.data.size).toBeGreaterThan(byB[1]!.data.size);
    expect(byB[0]!.data.commColor).not.toBe(byB[1]!.data.commColor);
    expect(byB[0]!.classes).toBe('coord');
    const byD = coordinationElements(sub, 'degree');
    expect(byD[1]!.data.size).toBeGreaterThan(byD[0]!.data.size);
  });
});

describe('community colours', () => {
  it('have their own palette, never an entity-type colour; communities past it share one grey', () => {
    const typeColors = new Set(Object.values(TYPE_STYLE).map((x) => x.color.toLowerCase()));
    expect(COMMUNITY_PALETTE.filter((c) => typeColors.has(c.toLowerCase()))).toEqual([]);
    expect(new Set(COMMUNITY_PALETTE).size).toBe(COMMUNITY_PALETTE.length);
    expect(COMMUNITY_PALETTE.map((_, i) => communityColor(i))).toEqual(COMMUNITY_PALETTE);
    expect(communityColor(COMMUNITY_PALETTE.length)).toBe(OTHER_COMMUNITY);
    expect(communityColor(-1)).toBe(OTHER_COMMUNITY);
    expect(typeColors.has(OTHER_COMMUNITY)).toBe(false);
  });
});
