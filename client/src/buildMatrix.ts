// The responsibility matrix for analysis (`responsibilityMatrix` rows): agencies × targets, rows searched, grouped by
// region or kind of body and sorted by count or name; columns searched and capped at the busiest. Pure.
import type { EntityRef, MatrixRow, Role } from './types.ts';

export interface MatrixCell {
  agency: EntityRef;
  target: EntityRef;
  /** Strongest first. */
  roles: Role[];
  years: string[];
  evidenceCount: number;
}

export interface AgencyRow {
  agency: EntityRef;
  region: string;
  kind: string;
  /** Cells in this row (after the target filters). */
  count: number;
}

/** A table row: a group's heading, or an agency. */
export type TableRow = { group: string; size: number } | AgencyRow;

export interface Matrix {
  rows: TableRow[];
  agencies: number;
  targets: EntityRef[];
  /** Targets that matched before the column cap. */
  targetTotal: number;
  cells: Map<string, MatrixCell>;
}

export interface MatrixOptions {
  agencyText?: string;
  targetText?: string;
  group?: 'none' | 'region' | 'kind';
  sort?: 'count' | 'name';
  maxTargets?: number;
}

export const cellKey = (agencyId: string, targetId: string) => `${agencyId}\u0000${targetId}`;
const ROLE_ORDER: Role[] = ['LEAD', 'CO_HANDLER', 'SUPERVISOR', 'PARTICIPANT'];
const matches = (name: string, text?: string) => !text || name.toLowerCase().includes(text.trim().toLowerCase());
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh');

export function buildMatrix(input: MatrixRow[], opts: MatrixOptions = {}): Matrix {
  const rows = input.filter((r) => matches(r.agency.name, opts.agencyText) && matches(r.target.name, opts.targetText));
  const cells = new Map<string, MatrixCell>();
  const agencies = new Map<string, AgencyRow>();
  const targetCount = new Map<string, { ref: EntityRef; n: number }>();
  for (const r of rows) {
    const key = cellKey(r.agency.id, r.target.id);
    let cell = cells.get(key);
    if (!cell) {
      cell = { agency: r.agency, target: r.target, roles: [], years: [], evidenceCount: 0 };
      cells.set(key, cell);
      const a = agencies.get(r.agency.id) ?? agencies.set(r.agency.id, { agency: r.agency, region: r.region, kind: r.kind, count: 0 }).get(r.agency.id)!;
      a.count++;
      const t = targetCount.get(r.target.id) ?? targetCount.set(r.target.id, { ref: r.target, n: 0 }).get(r.target.id)!;
      t.n++;
    }
    if (!cell.roles.includes(r.role)) cell.roles.push(r.role);
    cell.years = [...new Set([...cell.years, ...r.years])].sort();
    cell.evidenceCount += r.evidenceCount;
  }
  for (const c of cells.values()) c.roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
  const targets = [...targetCount.values()].sort((a, b) => b.n - a.n || byName(a.ref, b.ref)).map((t) => t.ref);
  const order = (a: AgencyRow, b: AgencyRow) => (opts.sort === 'name' ? byName(a.agency, b.agency) : b.count - a.count || byName(a.agency, b.agency));
  const list = [...agencies.values()];
  return {
    rows: opts.group && opts.group !== 'none' ? grouped(list, opts.group, order) : list.sort(order),
    agencies: list.length,
    targets: targets.slice(0, opts.maxTargets ?? 150),
    targetTotal: targets.length,
    cells,
  };
}

/** Groups largest first (by the cells they hold), each under its heading, its agencies in `order`. */
function grouped(list: AgencyRow[], by: 'region' | 'kind', order: (a: AgencyRow, b: AgencyRow) => number): TableRow[] {
  const groups = new Map<string, AgencyRow[]>();
  for (const a of list) (groups.get(a[by]) ?? groups.set(a[by], []).get(a[by])!).push(a);
  const weight = (g: AgencyRow[]) => g.reduce((s, a) => s + a.count, 0);
  return [...groups]
    .sort(([ga, a], [gb, b]) => weight(b) - weight(a) || ga.localeCompare(gb, 'zh'))
    .flatMap(([group, members]) => [{ group, size: members.length }, ...members.sort(order)]);
}

export const isGroup = (r: TableRow): r is { group: string; size: number } => 'group' in r;
