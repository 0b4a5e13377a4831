// The matrix table, virtualised: only the rows in view (and a margin) are in the DOM, between two spacers, so a
// national matrix of a thousand agencies scrolls as lightly as a small one. Rows have one fixed height.
import { cellKey, isGroup, type Matrix, type MatrixCell, type TableRow } from '../../buildMatrix.ts';
import { t, typeName, type Lang, type MsgKey } from '../../i18n.ts';
import { clear, h } from '../../ui/dom.ts';
import { roleBadge } from '../../ui/panels.ts';

const ROW_HEIGHT = 26;
const MARGIN_ROWS = 15;

export interface MatrixTable {
  /** Stops following the container's scrolling. */
  detach(): void;
}

export function renderMatrixTable(container: HTMLElement, m: Matrix, lang: Lang, onCell: (cell: MatrixCell, td: HTMLElement) => void): MatrixTable {
  const body = h('tbody', {});
  const head = h(
    'thead',
    {},
    h(
      'tr',
      {},
      h('th', { class: 'corner' }, `${t(lang, 'agency')} \\ ${t(lang, 'matrixTargetTypes')}`),
      m.targets.map((x) => h('th', { scope: 'col', title: `${x.name}（${typeName(lang, x.type)}）` }, h('span', {}, x.name))),
    ),
  );
  clear(container, h('table', { class: 'matrix', 'data-testid': 'matrix-table' }, head, body));
  const columns = m.targets.length + 1;
  const spacer = (rows: number) => h('tr', { class: 'spacer', style: `height:${rows * ROW_HEIGHT}px` }, h('td', { colspan: columns }));
  const row = (r: TableRow) => (isGroup(r) ? groupRow(r, columns, lang) : agencyRow(r.agency.id, r.agency.name, m, lang, onCell));
  let shown = '';
  const paint = () => {
    const first = Math.max(0, Math.floor(container.scrollTop / ROW_HEIGHT) - MARGIN_ROWS);
    const last = Math.min(m.rows.length, first + Math.ceil(container.clientHeight / ROW_HEIGHT) + 2 * MARGIN_ROWS);
    if (shown === `${first}:${last}`) return;
    shown = `${first}:${last}`;
    clear(body, spacer(first), m.rows.slice(first, last).map(row), spacer(m.rows.length - last));
  };
  let frame = 0;
  const onScroll = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(paint);
  };
  container.addEventListener('scroll', onScroll);
  paint();
  return { detach: () => container.removeEventListener('scroll', onScroll) };
}

function groupRow(r: { group: string; size: number }, columns: number, lang: Lang): HTMLElement {
  return h('tr', { class: 'group', 'data-testid': 'matrix-group-row' }, h('th', { scope: 'rowgroup', colspan: columns }, `${r.group} · ${t(lang, 'matrixGroupSize', { n: r.size })}`));
}

function agencyRow(agencyId: string, name: string, m: Matrix, lang: Lang, onCell: (cell: MatrixCell, td: HTMLElement) => void): HTMLElement {
  return h(
    'tr',
    { 'data-testid': 'matrix-row' },
    h('th', { scope: 'row', title: name }, name),
    m.targets.map((x) => {
      const cell = m.cells.get(cellKey(agencyId, x.id));
      if (!cell) return h('td', { class: 'empty' });
      const td: HTMLTableCellElement = h(
        'td',
        { class: 'filled', tabindex: 0, 'data-testid': 'matrix-cell', 'data-roles': cell.roles.join(' '), title: `${cell.roles.map((r) => t(lang, `role.${r}` as MsgKey)).join(', ')} ${cell.years.join(' ')}` },
        cell.roles.map((r) => roleBadge(lang, r, true)),
      );
      td.addEventListener('click', () => onCell(cell, td));
      td.addEventListener('keydown', (ev) => {
        if ((ev as KeyboardEvent).key === 'Enter') onCell(cell, td);
      });
      return td;
    }),
  );
}
