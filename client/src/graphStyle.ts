// Visual encoding: colour and shape per entity type, colour per relation type, and the cytoscape stylesheet.
import type { EntityType } from './types.ts';

export const FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", sans-serif';

export type NodeShape = 'round-rectangle' | 'diamond' | 'hexagon' | 'round-triangle' | 'ellipse' | 'round-tag' | 'rectangle';

export const TYPE_STYLE: Record<EntityType, { color: string; shape: NodeShape }> = {
  Agency: { color: '#2563eb', shape: 'round-rectangle' },
  Campaign: { color: '#dc2626', shape: 'diamond' },
  Law: { color: '#7c3aed', shape: 'hexagon' },
  Meeting: { color: '#0891b2', shape: 'round-triangle' },
  Official: { color: '#ea580c', shape: 'ellipse' },
  Proposal: { color: '#16a34a', shape: 'round-tag' },
  Measure: { color: '#b45309', shape: 'rectangle' },
};

export const RELATION_COLOR: Record<string, string> = {
  LEADS: '#dc2626',
  CO_HANDLES: '#f59e0b',
  SUPERVISES: '#9333ea',
  CITES: '#94a3b8',
  ISSUED: '#0d9488',
  PARTICIPATES_IN: '#3b82f6',
  HOLDS_POST: '#a16207',
  PROPOSED: '#16a34a',
  PART_OF: '#64748b',
  COORDINATES: '#475569',
};

/**
 * Community colours: ColorBrewer Set2 and Set3 tones, soft where the entity-type colours above are saturated, so a
 * community is never read as an entity type. Communities are numbered by size: the 14 largest get a colour each,
 * the rest share OTHER_COMMUNITY (the legend says so).
 */
export const COMMUNITY_PALETTE = [
  '#66c2a5', '#fc8d62', '#8da0cb', '#e78ac3', '#a6d854', '#ffd92f', '#e5c494',
  '#8dd3c7', '#bebada', '#fb8072', '#80b1d3', '#fdb462', '#bc80bd', '#ccebc5',
];
export const OTHER_COMMUNITY = '#d4d4d4';

export function communityColor(community: number): string {
  return Number.isInteger(community) && community >= 0 ? (COMMUNITY_PALETTE[community] ?? OTHER_COMMUNITY) : OTHER_COMMUNITY;
}

export function relationColor(type: string): string {
  return RELATION_COLOR[type] ?? '#64748b';
}

export function typeColor(type: string): string {
  return TYPE_STYLE[type as EntityType]?.color ?? '#64748b';
}

export function typeShape(type: string): NodeShape {
  return TYPE_STYLE[type as EntityType]?.shape ?? 'ellipse';
}

/** Edge width from evidence count (weight): 1.5px for one quote, growing, capped at 9px. */
export function edgeWidth(weight: number): number {
  const w = Number.isFinite(weight) && weight > 0 ? weight : 1;
  return Math.min(9, 1.5 + Math.log2(w) * 1.8);
}

/** Polygon points of a shape in a unit box [-1,1]², for SVG legend/export. Null for ellipse/rect handled natively. */
export function shapePolygon(shape: NodeShape): [number, number][] | null {
  switch (shape) {
    case 'diamond':
      return [[0, -1], [1, 0], [0, 1], [-1, 0]];
    case 'hexagon':
      return [[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]];
    case 'round-triangle':
      return [[0, -1], [1, 1], [-1, 1]];
    case 'round-tag':
      return [[-1, -1], [0.5, -1], [1, 0], [0.5, 1], [-1, 1]];
    default:
      return null;
  }
}

/** A small SVG swatch of a node shape (legend, exports). */
export function shapeSwatchSvg(shape: NodeShape, color: string, size = 16): string {
  const h = size / 2;
  const poly = shapePolygon(shape);
  let body: string;
  if (poly) {
    const pts = poly.map(([x, y]) => `${(h + x * (h - 1)).toFixed(1)},${(h + y * (h - 1)).toFixed(1)}`).join(' ');
    body = `<polygon points="${pts}" fill="${color}"/>`;
  } else if (shape === 'ellipse') {
    body = `<circle cx="${h}" cy="${h}" r="${h - 1}" fill="${color}"/>`;
  } else {
    const rx = shape === 'round-rectangle' ? 3 : 0;
    body = `<rect x="1" y="1" width="${size - 2}" height="${size - 2}" rx="${rx}" fill="${color}"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true">${body}</svg>`;
}

type StyleBlock = { selector: string; style: Record<string, unknown> };

/** Past this many nodes the explorer draws and lays out for speed instead of detail (graphView.ts). */
export const LARGE_GRAPH_NODES = 300;

/**
 * `large`: straight haystack edges without arrows (no bezier control points, nor arrows too small to see), and labels
 * only once zoomed in far enough to read them, so the first frame of a fitted big graph paints shapes only.
 */
export function buildStylesheet(large = false): StyleBlock[] {
  const blocks: StyleBlock[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 12,
        color: '#1f2937',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        width: 26,
        height: 26,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'background-color': '#64748b',
      },
    },
  ];
  for (const [type, s] of Object.entries(TYPE_STYLE)) {
    blocks.push({ selector: `node[type = "${type}"]`, style: { 'background-color': s.color, shape: s.shape } });
  }
  blocks.push(
    { selector: 'node[type = "Agency"]', style: { width: 30, height: 24 } },
    {
      selector: 'node.coord',
      style: { width: 'data(size)', height: 'data(size)', 'background-color': 'data(commColor)', 'font-size': 13 },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        opacity: 0.8,
        'font-family': FONT_STACK,
        'font-size': 10,
        color: '#475569',
      },
    },
    { selector: 'edge[type = "COORDINATES"]', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge.show-label', style: { label: 'data(label)', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold', 'font-size': 14 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
    { selector: 'edge:selected', style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', opacity: 1 } },
    { selector: '.hidden-type', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    {
      selector: 'node.path-hl',
      style: { 'border-width': 4, 'border-color': '#f59e0b', 'underlay-color': '#fde68a', 'underlay-opacity': 0.7, 'underlay-padding': 6 },
    },
    {
      selector: 'edge.path-hl',
      style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', width: 6, opacity: 1, 'z-index': 10 },
    },
  );
  if (large) {
    blocks.push(
      { selector: 'node', style: { 'min-zoomed-font-size': 9 } },
      { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
    );
  }
  return blocks;
}
