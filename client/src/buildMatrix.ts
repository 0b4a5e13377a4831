// Agencies × measures responsibility matrix from `measureOwners`.
import type { EntityRef, Evidence, Responsibility, Role } from './types.ts';

export interface MatrixCell {
  agency: EntityRef;
  measure: EntityRef;
  roles: Role[];
  evidence: Evidence[];
}

export interface Matrix {
  agencies: EntityRef[];
  measures: EntityRef[];
  cells: Map<string, MatrixCell>;
}

export const cellKey = (agencyId: string, measureId: string) => `${agencyId}\u0000${measureId}`;

const ROLE_ORDER: Role[] = ['LEAD', 'CO_HANDLER', 'SUPERVISOR', 'PARTICIPANT'];

export function buildMatrix(rows: Responsibility[]): Matrix {
  const agencies = new Map<string, EntityRef>();
  const measures = new Map<string, EntityRef>();
  const cells = new Map<string, MatrixCell>();
  const aCount = new Map<string, number>();
  const mCount = new Map<string, number>();
  for (const r of rows) {
    agencies.set(r.agency.id, r.agency);
    measures.set(r.measure.id, r.measure);
    const key = cellKey(r.agency.id, r.measure.id);
    let cell = cells.get(key);
    if (!cell) {
      cell = { agency: r.agency, measure: r.measure, roles: [], evidence: [] };
      cells.set(key, cell);
      aCount.set(r.agency.id, (aCount.get(r.agency.id) ?? 0) + 1);
      mCount.set(r.measure.id, (mCount.get(r.measure.id) ?? 0) + 1);
    }
    if (!cell.roles.includes(r.role)) cell.roles.push(r.role);
    const seen = new Set(cell.evidence.map((e) => `${e.document.id}:${e.start}:${e.end}`));
    for (const e of r.evidence) if (!seen.has(`${e.document.id}:${e.start}:${e.end}`)) cell.evidence.push(e);
  }
  for (const c of cells.values()) c.roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
  const byCount = (count: Map<string, number>) => (a: EntityRef, b: EntityRef) =>
    (count.get(b.id) ?? 0) - (count.get(a.id) ?? 0) || a.name.localeCompare(b.name, 'zh');
  return {
    agencies: [...agencies.values()].sort(byCount(aCount)),
    measures: [...measures.values()].sort(byCount(mCount)),
    cells,
  };
}
