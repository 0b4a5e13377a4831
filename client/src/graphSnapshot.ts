// A plain, DOM-free snapshot of what the graph shows: the input of every export format.

export interface SnapshotNode {
  id: string;
  label: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  shape: string;
  aliases?: string[];
  degree?: number;
  betweenness?: number;
  community?: number;
}

export interface SnapshotEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  width: number;
  color: string;
  evidence?: { document: { id: string }; quote: string; start: number; end: number }[];
}

export interface GraphSnapshot {
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
}

/** JSON export: elements shown, with evidence, stable key order. */
export function toJson(s: GraphSnapshot): string {
  return JSON.stringify(
    {
      nodes: s.nodes.map((n) => ({
        id: n.id,
        name: n.label,
        type: n.type,
        aliases: n.aliases ?? [],
        degree: n.degree ?? 0,
        betweenness: n.betweenness ?? 0,
        community: n.community ?? 0,
        position: { x: round(n.x), y: round(n.y) },
      })),
      edges: s.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        weight: e.weight,
        evidence: e.evidence ?? [],
      })),
    },
    null,
    2,
  );
}

export function round(v: number): number {
  return Math.round(v * 10) / 10;
}
