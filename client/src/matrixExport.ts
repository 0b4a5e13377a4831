// The responsibility matrix as a table to export (CSV or XLSX), one line per agency, target and role, with the
// quotes that state it; XLSX is written with write-excel-file, loaded only when asked for.
import { BOM, toCsvRows } from './toCsv.ts';
import type { MatrixRow } from './types.ts';

export const MATRIX_HEADER = ['机构 agency', '地区 region', '类别 kind', '对象 target', '对象类型 target type', '角色 role', '年份 years', '证据数 evidence', '证据原文 quotes'];

/** Each quote with where it comes from: 《title》 date: quote. */
function quotesOf(r: MatrixRow): string {
  return (r.evidence ?? []).map((e) => `《${e.document.title ?? e.document.id}》${e.document.date ?? ''}：${e.quote.replace(/\s*\n\s*/g, ' ')}`).join('\n');
}

export function matrixTable(rows: MatrixRow[]): string[][] {
  return rows.map((r) => [r.agency.name, r.region, r.kind, r.target.name, r.target.type, r.role, r.years.join(' '), String(r.evidenceCount), quotesOf(r)]);
}

export const matrixCsv = (rows: MatrixRow[]): string => BOM + toCsvRows(MATRIX_HEADER, matrixTable(rows));

export async function matrixXlsx(rows: MatrixRow[]): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  const cell = (value: string) => ({ value, wrap: true });
  const data = [MATRIX_HEADER.map((value) => ({ value, fontWeight: 'bold' as const })), ...matrixTable(rows).map((line) => line.map(cell))];
  return writeExcelFile(data, { columns: [24, 10, 10, 28, 10, 12, 12, 8, 80].map((width) => ({ width })) }).toBlob();
}
