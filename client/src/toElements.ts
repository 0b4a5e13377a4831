// Convert API subgraphs into cytoscape element definitions. Cytoscape silently drops (or throws on) elements
// whose id already exists, and nodes and edges share one id space, so ids are deduplicated and edge ids prefixed.
import type { ElementDefinition } from 'cytoscape';
import { communityColor, edgeWidth, relationColor } from './graphStyle.ts';
import type { EntityRef, GraphEdge, GraphNode, Participation, Path, Role, Subgraph } from './types.ts';

export const EDGE_PREFIX = 'edge:';

export function edgeElementId(edgeId: string): string {
  return EDGE_PREFIX + edgeId;
}

export function refToNode(ref: EntityRef): GraphNode {
  return { id: ref.id, type: ref.type, name: ref.name, aliases: [], degree: 0, betweenness: 0, community: 0 };
}

export function nodeElement(n: GraphNode, extra: Record<string, unknown> = {}): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: n.id,
      label: n.name,
      name: n.name,
      type: n.type,
      aliases: n.aliases ?? [],
      degree: n.degree ?? 0,
      betweenness: n.betweenness ?? 0,
      community: n.community ?? 0,
      ...extra,
    },
  };
}

export function edgeElement(e: GraphEdge): ElementDefinition {
  const weight = e.weight > 0 ? e.weight : Math.max(1, e.evidence?.length ?? 0);
  return {
    group: 'edges',
    data: {
      id: edgeElementId(e.id),
      rid: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      label: e.type,
      weight,
      width: edgeWidth(weight),
      color: relationColor(e.type),
      evidence: e.evidence ?? [],
      shared: e.shared ?? [],
    },
  };
}

export interface ConvertOptions {
  /** Ids already in the graph: those elements are not emitted again, but count as edge endpoints. */
  existing?: Iterable<string>;
  nodeExtra?: (n: GraphNode) => Record<string, unknown>;
}

/** Subgraph → element definitions: nodes and edges deduplicated by id, edges with a missing endpoint dropped. */
export function subgraphToElements(sub: Pick<Subgraph, 'nodes' | 'edges'>, opts: ConvertOptions = {}): ElementDefinition[] {
  const seen = new Set<string>(opts.existing ?? []);
  const nodeIds = new Set<string>(opts.existing ?? []);
  const out: ElementDefinition[] = [];
  for (const n of sub.nodes) {
    if (!n?.id) continue;
    nodeIds.add(n.id);
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    out.push(nodeElement(n, opts.nodeExtra?.(n)));
  }
  for (const e of sub.edges) {
    if (!e?.id) continue;
    const id = edgeElementId(e.id);
    if (seen.has(id)) continue;
    if (!nodeIds.has(e.source) || !nodeIds.has(e.target)) continue;
    seen.add(id);
    out.push(edgeElement(e));
  }
  return out;
}

/** The union of several paths as one subgraph (nodes from EntityRefs). */
export function pathsToSubgraph(paths: Path[]): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const p of paths) {
    for (const n of p.nodes) if (!nodes.has(n.id)) nodes.set(n.id, refToNode(n));
    for (const e of p.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
}

/** Element ids (nodes and prefixed edges) of one path, for highlighting. */
export function pathElementIds(p: Path): string[] {
  return [...p.nodes.map((n) => n.id), ...p.edges.map((e) => edgeElementId(e.id))];
}

export const ROLE_RELATION: Record<Role, string> = {
  LEAD: 'LEADS',
  CO_HANDLER: 'CO_HANDLES',
  SUPERVISOR: 'SUPERVISES',
  PARTICIPANT: 'PARTICIPATES_IN',
};

/** Campaign participations as a star: agency → campaign, edge type from the role. */
export function participationsToSubgraph(parts: Participation[], campaign?: EntityRef): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  if (campaign) nodes.set(campaign.id, refToNode(campaign));
  for (const p of parts) {
    if (!nodes.has(p.campaign.id)) nodes.set(p.campaign.id, refToNode(p.campaign));
    if (!nodes.has(p.agency.id)) nodes.set(p.agency.id, refToNode(p.agency));
    const id = `role:${p.agency.id}:${p.role}:${p.campaign.id}`;
    const prev = edges.get(id);
    if (prev) {
      prev.evidence = [...prev.evidence, ...p.evidence];
      prev.weight = prev.evidence.length;
      continue;
    }
    edges.set(id, {
      id,
      source: p.agency.id,
      target: p.campaign.id,
      type: ROLE_RELATION[p.role] ?? 'PARTICIPATES_IN',
      weight: Math.max(1, p.evidence.length),
      shared: [],
      evidence: [...p.evidence],
    });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
}

export type SizeBy = 'betweenness' | 'degree';

/** Node size for the coordination network: 24–84px from betweenness (0..1) or degree (relative to the max). */
export function coordinationSize(n: GraphNode, sizeBy: SizeBy, maxDegree: number): number {
  const v = sizeBy === 'betweenness' ? n.betweenness : maxDegree > 0 ? n.degree / maxDegree : 0;
  const x = Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
  return Math.round(24 + Math.sqrt(x) * 60);
}

export function coordinationElements(sub: Subgraph, sizeBy: SizeBy): ElementDefinition[] {
  const maxDegree = sub.nodes.reduce((m, n) => Math.max(m, n.degree), 0);
  const els = subgraphToElements(sub, {
    nodeExtra: (n) => ({ size: coordinationSize(n, sizeBy, maxDegree), commColor: communityColor(n.community) }),
  });
  for (const el of els) if (el.group === 'nodes') el.classes = 'coord';
  return els;
}

/** Group participations by role in the fixed order LEAD, CO_HANDLER, SUPERVISOR, PARTICIPANT. */
export function groupByRole<T extends { role: Role }>(items: T[]): [Role, T[]][] {
  const order: Role[] = ['LEAD', 'CO_HANDLER', 'SUPERVISOR', 'PARTICIPANT'];
  return order.map((r) => [r, items.filter((i) => i.role === r)] as [Role, T[]]).filter(([, l]) => l.length > 0);
}
