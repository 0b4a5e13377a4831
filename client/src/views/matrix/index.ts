// 责任矩阵 matrix for analysis: agencies × campaigns, measures, proposals or meetings (responsibilityMatrix), rows
// searched, grouped by region or kind of body and sorted; target type and year asked of the server; a cell's roles,
// years and quotes on click; export with the quotes (CSV, XLSX); or the same facts as a graph (the toggle).
import { api } from '../../api.ts';
import { buildMatrix, type MatrixCell, type MatrixOptions } from '../../buildMatrix.ts';
import { t, typeName, type MsgKey } from '../../i18n.ts';
import { matrixCsv, matrixXlsx } from '../../matrixExport.ts';
import { participationsToSubgraph, subgraphToElements } from '../../toElements.ts';
import type { EntityType, MatrixRow } from '../../types.ts';
import { debounce } from '../../debounce.ts';
import { clear, download, h } from '../../ui/dom.ts';
import { evidenceList, roleBadge } from '../../ui/panels.ts';
import type { Shell, View } from '../view.ts';
import { renderMatrixTable, type MatrixTable } from './table.ts';

const TARGET_CHOICES: Record<string, EntityType[]> = {
  default: ['Campaign', 'Measure'],
  Campaign: ['Campaign'],
  Measure: ['Measure'],
  Proposal: ['Proposal'],
  Meeting: ['Meeting'],
  all: ['Campaign', 'Measure', 'Proposal', 'Meeting'],
};

export class MatrixView implements View {
  private showTable = true;
  private targets = 'default';
  private year = '';
  private years: string[] = [];
  private opts: MatrixOptions = { group: 'none', sort: 'count' };
  private table?: MatrixTable;
  private rows: MatrixRow[] = [];
  private truncated = false;

  constructor(private shell: Shell) {}

  async enter(): Promise<void> {
    const shell = this.shell;
    shell.panel.dataset.testid = 'matrix-panel';
    const status = h('p', { class: 'muted small', 'data-testid': 'matrix-status' });
    const controls = h('div', { class: 'matrix-controls' });
    const title = h('h2', {});
    const hint = h('p', { class: 'muted small' });
    shell.panelRender = () => {
      const lang = shell.state.lang;
      title.textContent = t(lang, 'matrixTitle');
      hint.textContent = t(lang, 'matrixHint');
      clear(controls, ...this.controls(status));
      this.render(status);
    };
    clear(shell.panel, title, hint, controls, status);
    shell.panelRender();
    await this.load(status);
  }

  /** Target types and year are asked of the server; the rest filters what came back. */
  private async load(status: HTMLElement): Promise<void> {
    const shell = this.shell;
    const res = await shell.load(() => api.responsibilityMatrix(TARGET_CHOICES[this.targets]!, this.year || undefined), () => void this.load(status));
    if (!res.ok || shell.state.mode !== 'matrix') return;
    this.rows = res.value.rows;
    this.truncated = res.value.truncated;
    if (!this.year) this.years = [...new Set(this.rows.flatMap((r) => r.years))].sort().reverse();
    shell.panelRender?.();
    if (!this.rows.length) shell.showMessage('empty', t(shell.state.lang, 'matrixEmpty'));
    // agency → target edges coloured by role; no single centre
    const parts = this.rows.map((r) => ({ campaign: r.target, agency: r.agency, role: r.role, years: r.years, evidence: [] }));
    shell.graph.setElements(subgraphToElements(participationsToSubgraph(parts)));
  }

  private controls(status: HTMLElement): HTMLElement[] {
    const lang = this.shell.state.lang;
    const rerender = () => this.render(status);
    const select = (testid: string, label: MsgKey, value: string, options: [string, string][], onchange: (v: string) => void) => {
      const el = h('select', { 'data-testid': testid }, options.map(([v, text]) => h('option', { value: v, ...(v === value ? { selected: true } : {}) }, text)));
      el.addEventListener('change', () => onchange(el.value));
      return h('label', {}, h('span', {}, t(lang, label)), el);
    };
    const search = (testid: string, label: MsgKey, key: 'agencyText' | 'targetText') => {
      const el = h('input', { type: 'search', 'data-testid': testid, placeholder: t(lang, label), value: this.opts[key] ?? '' });
      // the text is kept at once (the controls are rebuilt on a language switch); only the table waits for a pause
      const later = debounce(rerender, 200);
      el.addEventListener('input', () => ((this.opts[key] = el.value), later()));
      return el;
    };
    const typeOptions: [string, string][] = Object.keys(TARGET_CHOICES).map((k) => [k, k === 'default' || k === 'all' ? t(lang, `matrixTypes.${k}` as MsgKey) : typeName(lang, k)]);
    const exporting = (format: 'csv' | 'xlsx') => async () => {
      this.shell.toast(t(lang, 'matrixExporting'));
      const res = await this.shell.load(() => api.responsibilityMatrix(TARGET_CHOICES[this.targets]!, this.year || undefined, true), () => {});
      if (!res.ok) return;
      const name = `反诈治理图谱-责任矩阵-${new Date().toISOString().slice(0, 10)}.${format}`;
      if (format === 'csv') download(name, matrixCsv(res.value.rows), 'text/csv;charset=utf-8');
      else download(name, await matrixXlsx(res.value.rows));
    };
    return [
      search('matrix-agency-search', 'matrixAgencySearch', 'agencyText'),
      search('matrix-target-search', 'matrixTargetSearch', 'targetText'),
      select('matrix-types', 'matrixTargetTypes', this.targets, typeOptions, (v) => ((this.targets = v), (this.year = ''), void this.load(status))),
      select('matrix-year', 'matrixYear', this.year, [['', t(lang, 'matrixYearAll')], ...this.years.map((y): [string, string] => [y, y])], (v) => ((this.year = v), void this.load(status))),
      select('matrix-group', 'matrixGroup', this.opts.group!, (['none', 'region', 'kind'] as const).map((g): [string, string] => [g, t(lang, `matrixGroup.${g}`)]), (v) => ((this.opts.group = v as MatrixOptions['group']), rerender())),
      select('matrix-sort', 'matrixSort', this.opts.sort!, (['count', 'name'] as const).map((s): [string, string] => [s, t(lang, `matrixSort.${s}`)]), (v) => ((this.opts.sort = v as MatrixOptions['sort']), rerender())),
      h('div', { class: 'group' },
        h('button', { type: 'button', 'data-testid': 'matrix-export-csv', onclick: exporting('csv') }, t(lang, 'matrixExportCsv')),
        h('button', { type: 'button', 'data-testid': 'matrix-export-xlsx', onclick: exporting('xlsx') }, t(lang, 'matrixExportXlsx')),
        h('button', { type: 'button', 'data-testid': 'matrix-toggle', onclick: () => this.toggle(status) }, this.showTable ? t(lang, 'graphView') : t(lang, 'tableView')),
      ),
    ];
  }

  private toggle(status: HTMLElement): void {
    this.showTable = !this.showTable;
    this.shell.panelRender?.();
    this.render(status);
    if (!this.showTable) {
      this.shell.graph.resize();
      this.shell.graph.runLayout();
    }
  }

  private render(status: HTMLElement): void {
    const shell = this.shell;
    const lang = shell.state.lang;
    this.table?.detach();
    shell.overlay.hidden = !this.showTable || !this.rows.length;
    const m = buildMatrix(this.rows, this.opts);
    status.textContent =
      t(lang, 'matrixStatus', { agencies: m.agencies, targets: m.targetTotal }) +
      (m.targets.length < m.targetTotal ? t(lang, 'matrixColumnsCut', { shown: m.targets.length, total: m.targetTotal }) : '') +
      (this.truncated ? ` ${t(lang, 'matrixTruncated', { n: this.rows.length })}` : '');
    if (shell.overlay.hidden) return;
    this.table = renderMatrixTable(shell.overlay, m, lang, (cell, td) => void this.openCell(cell, td));
  }

  /** A cell's roles, years and quotes, asked when it is opened. */
  private async openCell(cell: MatrixCell, td: HTMLElement): Promise<void> {
    const shell = this.shell;
    shell.overlay.querySelectorAll('td.selected').forEach((x) => x.classList.remove('selected'));
    td.classList.add('selected');
    const res = await shell.load(() => api.responsibilitiesBetween(cell.agency.id, cell.target.id), () => void this.openCell(cell, td));
    if (!res.ok) return;
    shell.showDetails(() => {
      const lang = shell.state.lang;
      return [
        h('h2', { class: 'entity-name' }, t(lang, 'cellRoles', { agency: cell.agency.name, measure: cell.target.name })),
        ...res.value.map((r) =>
          h('section', { 'data-testid': 'matrix-cell-role' },
            h('div', { class: 'meta' }, roleBadge(lang, r.role), r.years.length ? ` ${t(lang, 'matrixCellYears', { years: r.years.join('、') })}` : ''),
            evidenceList(lang, r.evidence ?? [], shell.evidenceHandlers()),
          ),
        ),
      ];
    });
  }
}
