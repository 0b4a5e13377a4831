// GraphML export for Gephi / yEd: typed attribute keys, positions, colours (viz-like r/g/b attributes).
import type { GraphSnapshot } from './graphSnapshot.ts';

export function xmlEscape(s: string): string {
  // Drop characters XML 1.0 forbids, then escape markup.
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function hexToRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return [100, 116, 139];
  const v = parseInt(m[1]!, 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

const NODE_KEYS: [string, string, string][] = [
  ['label', 'label', 'string'],
  ['type', 'type', 'string'],
  ['aliases', 'aliases', 'string'],
  ['degree', 'degree', 'int'],
  ['betweenness', 'betweenness', 'double'],
  ['community', 'community', 'int'],
  ['x', 'x', 'double'],
  ['y', 'y', 'double'],
  ['r', 'r', 'int'],
  ['g', 'g', 'int'],
  ['b', 'b', 'int'],
];
const EDGE_KEYS: [string, string, string][] = [
  ['etype', 'type', 'string'],
  ['weight', 'weight', 'double'],
  ['evidence', 'evidence', 'string'],
];

export function toGraphML(s: GraphSnapshot): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [id, name, t] of NODE_KEYS) lines.push(`  <key id="${id}" for="node" attr.name="${name}" attr.type="${t}"/>`);
  for (const [id, name, t] of EDGE_KEYS) lines.push(`  <key id="${id}" for="edge" attr.name="${name}" attr.type="${t}"/>`);
  lines.push('  <graph id="G" edgedefault="directed">');
  const ids = new Set<string>();
  for (const n of s.nodes) {
    if (ids.has(n.id)) continue;
    ids.add(n.id);
    const [r, g, b] = hexToRgb(n.color);
    const data: [string, string | number][] = [
      ['label', n.label],
      ['type', n.type],
      ['aliases', (n.aliases ?? []).join('|')],
      ['degree', n.degree ?? 0],
      ['betweenness', n.betweenness ?? 0],
      ['community', n.community ?? 0],
      ['x', Math.round(n.x * 10) / 10],
      ['y', Math.round(n.y * 10) / 10],
      ['r', r],
      ['g', g],
      ['b', b],
    ];
    lines.push(`    <node id="${xmlEscape(n.id)}">`);
    for (const [k, v] of data) lines.push(`      <data key="${k}">${xmlEscape(String(v))}</data>`);
    lines.push('    </node>');
  }
  const eids = new Set<string>();
  for (const e of s.edges) {
    if (eids.has(e.id) || !ids.has(e.source) || !ids.has(e.target)) continue;
    eids.add(e.id);
    lines.push(`    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`);
    lines.push(`      <data key="etype">${xmlEscape(e.type)}</data>`);
    lines.push(`      <data key="weight">${e.weight}</data>`);
    const quotes = (e.evidence ?? []).map((ev) => ev.quote).join(' | ');
    if (quotes) lines.push(`      <data key="evidence">${xmlEscape(quotes)}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
