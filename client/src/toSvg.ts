// A small SVG serializer of the graph view (cytoscape has no built-in SVG export; cytoscape-svg is not installed).
import { FONT_STACK, shapePolygon, type NodeShape } from './graphStyle.ts';
import type { GraphSnapshot, SnapshotNode } from './graphSnapshot.ts';
import { xmlEscape } from './toGraphML.ts';

const f = (v: number) => (Math.round(v * 10) / 10).toString();

function nodeShapeSvg(n: SnapshotNode): string {
  const hw = n.width / 2;
  const hh = n.height / 2;
  const fill = xmlEscape(n.color);
  const poly = shapePolygon(n.shape as NodeShape);
  if (poly) {
    const pts = poly.map(([x, y]) => `${f(n.x + x * hw)},${f(n.y + y * hh)}`).join(' ');
    return `<polygon points="${pts}" fill="${fill}" stroke="#fff" stroke-width="1.5"/>`;
  }
  if (n.shape === 'ellipse') {
    return `<ellipse cx="${f(n.x)}" cy="${f(n.y)}" rx="${f(hw)}" ry="${f(hh)}" fill="${fill}" stroke="#fff" stroke-width="1.5"/>`;
  }
  const rx = n.shape === 'round-rectangle' ? Math.min(hw, hh) * 0.3 : 0;
  return `<rect x="${f(n.x - hw)}" y="${f(n.y - hh)}" width="${f(n.width)}" height="${f(n.height)}" rx="${f(rx)}" fill="${fill}" stroke="#fff" stroke-width="1.5"/>`;
}

export interface SvgOptions {
  padding?: number;
  background?: string;
  title?: string;
}

export function toSvg(s: GraphSnapshot, opts: SvgOptions = {}): string {
  const pad = opts.padding ?? 40;
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of s.nodes) {
    const labelHalf = Math.min(140, n.label.length * 12) / 2;
    minX = Math.min(minX, n.x - Math.max(n.width / 2, labelHalf));
    maxX = Math.max(maxX, n.x + Math.max(n.width / 2, labelHalf));
    minY = Math.min(minY, n.y - n.height / 2);
    maxY = Math.max(maxY, n.y + n.height / 2 + 20);
  }
  if (!s.nodes.length) {
    minX = minY = 0;
    maxX = maxY = 100;
  }
  const w = maxX - minX + pad * 2;
  const h = maxY - minY + pad * 2;
  const ox = pad - minX;
  const oy = pad - minY;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(w)}" height="${f(h)}" viewBox="0 0 ${f(w)} ${f(h)}" font-family='${FONT_STACK}'>`,
  ];
  if (opts.title) out.push(`<title>${xmlEscape(opts.title)}</title>`);
  out.push(`<rect width="100%" height="100%" fill="${xmlEscape(opts.background ?? '#ffffff')}"/>`);
  out.push(`<g transform="translate(${f(ox)},${f(oy)})">`);
  out.push('<g class="edges">');
  for (const e of s.edges) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    const rb = Math.max(b.width, b.height) / 2 + 2;
    const ra = Math.max(a.width, a.height) / 2;
    const x1 = a.x + ux * ra;
    const y1 = a.y + uy * ra;
    const x2 = b.x - ux * rb;
    const y2 = b.y - uy * rb;
    const color = xmlEscape(e.color);
    out.push(
      `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${color}" stroke-width="${f(e.width)}" stroke-opacity="0.8"><title>${xmlEscape(e.type)}</title></line>`,
    );
    if (e.type !== 'COORDINATES') {
      const al = 6 + e.width;
      const px = -uy;
      const py = ux;
      const bx = x2 - ux * al;
      const by = y2 - uy * al;
      out.push(
        `<polygon points="${f(x2)},${f(y2)} ${f(bx + (px * al) / 2)},${f(by + (py * al) / 2)} ${f(bx - (px * al) / 2)},${f(by - (py * al) / 2)}" fill="${color}"/>`,
      );
    }
  }
  out.push('</g>', '<g class="nodes">');
  for (const n of s.nodes) {
    out.push(`<g data-id="${xmlEscape(n.id)}" data-type="${xmlEscape(n.type)}">`);
    out.push(nodeShapeSvg(n));
    out.push(
      `<text x="${f(n.x)}" y="${f(n.y + n.height / 2 + 14)}" text-anchor="middle" font-size="12" fill="#1f2937" paint-order="stroke" stroke="#fff" stroke-width="3">${xmlEscape(n.label)}</text>`,
    );
    out.push('</g>');
  }
  out.push('</g>', '</g>', '</svg>');
  return out.join('\n') + '\n';
}
