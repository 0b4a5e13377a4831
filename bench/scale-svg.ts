// The growth curve as an SVG (bench/scale.svg): ingest time per document and uncached p95 per question against
// corpus size, both axes logarithmic. Plain SVG text, no chart library: two small panels.
import type { ScalePoint } from './scale.ts';

const W = 360;
const H = 260;
const M = { left: 52, right: 12, top: 28, bottom: 40 };
const LEGEND = 140;
const COLORS = ['#c0392b', '#2471a3', '#229954', '#b9770e', '#7d3c98', '#17a589', '#566573'];

interface Series {
  name: string;
  points: [number, number][];
}

const log10 = (x: number) => Math.log10(Math.max(x, 1e-3));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function panel(x0: number, title: string, yLabel: string, series: Series[], legend = 0): string {
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1]));
  const [xMin, xMax] = [Math.floor(log10(Math.min(...xs))), Math.ceil(log10(Math.max(...xs)))];
  const [yMin, yMax] = [Math.floor(log10(Math.min(...ys))), Math.ceil(log10(Math.max(...ys)))];
  const px = (x: number) => x0 + M.left + ((log10(x) - xMin) / Math.max(1, xMax - xMin)) * (W - M.left - M.right);
  const right = x0 + W - M.right;
  const py = (y: number) => M.top + (1 - (log10(y) - yMin) / Math.max(1, yMax - yMin)) * (H - M.top - M.bottom);
  const out = [`<text x="${x0 + W / 2}" y="16" text-anchor="middle" font-weight="bold">${esc(title)}</text>`];
  for (let e = xMin; e <= xMax; e++) out.push(`<line x1="${px(10 ** e)}" y1="${M.top}" x2="${px(10 ** e)}" y2="${H - M.bottom}" stroke="#ddd"/><text x="${px(10 ** e)}" y="${H - M.bottom + 14}" text-anchor="middle">${(10 ** e).toLocaleString('en-US')}</text>`);
  for (let e = yMin; e <= yMax; e++) out.push(`<line x1="${x0 + M.left}" y1="${py(10 ** e)}" x2="${right}" y2="${py(10 ** e)}" stroke="#ddd"/><text x="${x0 + M.left - 4}" y="${py(10 ** e) + 4}" text-anchor="end">${10 ** e}</text>`);
  out.push(`<text x="${x0 + W / 2}" y="${H - 6}" text-anchor="middle">documents (log)</text>`);
  out.push(`<text transform="translate(${x0 + 12},${(H - M.bottom + M.top) / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`);
  series.forEach((s, i) => {
    const c = COLORS[i % COLORS.length];
    out.push(`<polyline fill="none" stroke="${c}" stroke-width="2" points="${s.points.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ')}"/>`);
    for (const [x, y] of s.points) out.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${c}"/>`);
    if (legend) out.push(`<text x="${right + 10}" y="${M.top + 12 + i * 14}" fill="${c}">${esc(s.name)}</text>`);
  });
  return out.join('\n');
}

export function scaleSvg(points: Record<string, ScalePoint>): string {
  const sizes = Object.keys(points).map(Number).sort((a, b) => a - b);
  const ingest: Series = { name: 'ms per document', points: sizes.map((n) => [n, points[n]!.msPerDoc]) };
  const queries = Object.keys(points[sizes[0]!]!.api);
  const api: Series[] = queries.map((q) => ({ name: q, points: sizes.map((n): [number, number] => [n, points[n]!.api[q]?.c1?.p95Ms ?? NaN]).filter((p) => Number.isFinite(p[1])) }));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W + LEGEND}" height="${H}" font-family="sans-serif" font-size="11">`,
    '<rect width="100%" height="100%" fill="white"/>',
    panel(0, 'Ingest time per document', 'ms per document (log)', [ingest]),
    panel(W, 'Uncached p95 at 1 client', 'p95 ms (log)', api, LEGEND),
    '</svg>',
    '',
  ].join('\n');
}
