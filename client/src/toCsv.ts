// CSV export (RFC 4180: comma separated, CRLF, fields quoted when needed). A UTF-8 BOM lets Excel read Chinese.
import type { GraphSnapshot } from './graphSnapshot.ts';

export function csvField(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  // Neutralise spreadsheet formula injection.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsvRows(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const BOM = '\uFEFF';

export function toCsv(s: GraphSnapshot, what: 'nodes' | 'edges'): string {
  if (what === 'nodes') {
    return (
      BOM +
      toCsvRows(
        ['id', 'name', 'type', 'aliases', 'degree', 'betweenness', 'community'],
        s.nodes.map((n) => [n.id, n.label, n.type, (n.aliases ?? []).join('|'), n.degree ?? 0, n.betweenness ?? 0, n.community ?? 0]),
      )
    );
  }
  const names = new Map(s.nodes.map((n) => [n.id, n.label]));
  return (
    BOM +
    toCsvRows(
      ['id', 'source', 'source_name', 'target', 'target_name', 'type', 'weight', 'evidence_quotes', 'documents'],
      s.edges.map((e) => [
        e.id,
        e.source,
        names.get(e.source) ?? '',
        e.target,
        names.get(e.target) ?? '',
        e.type,
        e.weight,
        (e.evidence ?? []).map((ev) => ev.quote).join(' | '),
        [...new Set((e.evidence ?? []).map((ev) => ev.document.id))].join('|'),
      ]),
    )
  );
}
