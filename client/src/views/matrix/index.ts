// 责任矩阵 matrix: agencies × measures (measureOwners) with role badges, evidence on click, or the same facts as a
// graph (the toggle).
import { api } from '../../api.ts';
import { buildMatrix, cellKey, type MatrixCell } from '../../buildMatrix.ts';
import { t, type MsgKey } from '../../i18n.ts';
import { participationsToSubgraph, subgraphToElements } from '../../toElements.ts';
import type { Responsibility } from '../../types.ts';
import { clear, h } from '../../ui/dom.ts';
import { evidenceList, roleBadge } from '../../ui/panels.ts';
import type { Shell, View } from '../view.ts';

export class MatrixView implements View {
  private showTable = true;

  constructor(private shell: Shell) {}

  async enter(): Promise<void> {
    const shell = this.shell;
    shell.panel.dataset.testid = 'matrix-panel';
    const toggle = h('button', { type: 'button', 'data-testid': 'matrix-toggle' });
    let rows: Responsibility[] = [];
    const render = () => {
      const lang = shell.state.lang;
      toggle.textContent = this.showTable ? t(lang, 'graphView') : t(lang, 'tableView');
      shell.overlay.hidden = !this.showTable || !rows.length;
      this.renderMatrix(rows);
    };
    toggle.addEventListener('click', () => {
      this.showTable = !this.showTable;
      render();
      if (!this.showTable) {
        shell.graph.resize();
        shell.graph.runLayout();
      }
    });
    const title = h('h2', {});
    const hint = h('p', { class: 'muted small' });
    shell.panelRender = () => {
      title.textContent = t(shell.state.lang, 'matrixTitle');
      hint.textContent = t(shell.state.lang, 'matrixHint');
      render();
    };
    clear(shell.panel, title, hint, toggle);
    shell.panelRender();
    const res = await shell.load(() => api.measureOwners(), () => void this.enter());
    if (!res.ok || shell.state.mode !== 'matrix') return;
    rows = res.value;
    if (!rows.length) {
      shell.showMessage('empty', t(shell.state.lang, 'matrixEmpty'));
      return;
    }
    const parts = rows.map((r) => ({ campaign: r.measure, agency: r.agency, role: r.role, evidence: r.evidence }));
    // Agency → measure edges coloured by role; no single centre.
    const sub = participationsToSubgraph(parts);
    shell.graph.setElements(subgraphToElements(sub));
    render();
  }

  private renderMatrix(rows: Responsibility[]): void {
    const shell = this.shell;
    const view = shell.overlay;
    const lang = shell.state.lang;
    if (!rows.length) return clear(view);
    const m = buildMatrix(rows);
    const onCell = (cell: MatrixCell, td: HTMLElement) => {
      view.querySelectorAll('td.selected').forEach((x) => x.classList.remove('selected'));
      td.classList.add('selected');
      shell.showDetails(() => [
        h('h2', { class: 'entity-name' }, t(shell.state.lang, 'cellRoles', { agency: cell.agency.name, measure: cell.measure.name })),
        h('div', { class: 'meta' }, cell.roles.map((r) => roleBadge(shell.state.lang, r))),
        h('section', {}, h('h3', {}, t(shell.state.lang, 'evidence')), evidenceList(shell.state.lang, cell.evidence, shell.evidenceHandlers())),
      ]);
    };
    clear(
      view,
      h(
        'table',
        { class: 'matrix', 'data-testid': 'matrix-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { class: 'corner' }, `${t(lang, 'agency')} \\ ${t(lang, 'measure')}`),
            m.measures.map((ms) => h('th', { scope: 'col', title: ms.name }, h('span', {}, ms.name))),
          ),
        ),
        h(
          'tbody',
          {},
          m.agencies.map((a) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, a.name),
              m.measures.map((ms) => {
                const cell = m.cells.get(cellKey(a.id, ms.id));
                if (!cell) return h('td', { class: 'empty' });
                const td: HTMLTableCellElement = h(
                  'td',
                  {
                    class: 'filled',
                    tabindex: 0,
                    'data-testid': 'matrix-cell',
                    'data-roles': cell.roles.join(' '),
                    title: cell.roles.map((r) => t(lang, `role.${r}` as MsgKey)).join(', '),
                  },
                  cell.roles.map((r) => roleBadge(lang, r, true)),
                );
                td.addEventListener('click', () => onCell(cell, td));
                td.addEventListener('keydown', (ev) => {
                  if ((ev as KeyboardEvent).key === 'Enter') onCell(cell, td);
                });
                return td;
              }),
            ),
          ),
        ),
      ),
    );
  }
}
