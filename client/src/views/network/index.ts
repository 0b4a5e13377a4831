// 协同网络 coordination: agencies tied by joint action (same document, co-issued document, meeting, supervision).
// Opens on the strongest agencies and says what it left out; filters by date, region, kind of tie and minimum shared;
// colour by Louvain community; a tie clicked lists what the two share with quotes (tie.ts).
import type { EdgeSingular } from 'cytoscape';
import { api, type CoordinationFilter } from '../../api.ts';
import { t, type MsgKey } from '../../i18n.ts';
import { coordinationElements, type SizeBy } from '../../toElements.ts';
import { COORDINATION_KINDS, type CoordinationNetwork } from '../../types.ts';
import { clear, h } from '../../ui/dom.ts';
import { isDate } from '../../urlState.ts';
import type { Shell, View } from '../view.ts';
import { renderTie } from './tie.ts';

/** Agencies shown, and strongest ties kept per agency, when the URL names no others: on the 10,000-document bench
 * graph 150 agencies of 879 with 3 ties each give 278 ties and 22 communities. */
export const DEFAULT_TOP = 150;
export const DEFAULT_TIES_PER = 3;

export class NetworkView implements View {
  /** The filters of the network on screen: a tie's provenance is asked under the same ones. */
  private shown: CoordinationFilter = {};
  private tieSeq = 0;

  constructor(private shell: Shell) {}

  onEdgeTap(edge: EdgeSingular): boolean {
    if (this.shell.state.mode !== 'coordination' || edge.data('type') !== 'COORDINATES') return false;
    void this.showTie(edge.source().id(), edge.target().id());
    return true;
  }

  private async showTie(a: string, b: string): Promise<void> {
    const shell = this.shell;
    const seq = ++this.tieSeq;
    shell.showDetails(() => [h('p', { class: 'muted', role: 'status' }, t(shell.state.lang, 'loading'))]);
    try {
      const tie = await api.coordinationTie(a, b, this.shown);
      if (seq !== this.tieSeq) return;
      shell.showDetails(() => renderTie(shell.state.lang, tie, shell.evidenceHandlers()));
    } catch (e) {
      if (seq === this.tieSeq) shell.showDetails(() => [h('p', { class: 'error', role: 'alert' }, shell.errorText(e))]);
    }
  }

  enter(): void {
    const shell = this.shell;
    const state = shell.state;
    shell.panel.dataset.testid = 'coordination-panel';
    const text = (testid: string, value?: string) => h('input', { type: 'text', inputmode: 'numeric', placeholder: 'YYYY / YYYY-MM-DD', 'data-testid': testid, value: value ?? '' });
    const from = text('coord-from', state.dateFrom);
    const to = text('coord-to', state.dateTo);
    const min = h('input', { type: 'number', min: 1, max: 20, 'data-testid': 'coord-min', value: state.minShared ?? 1 });
    const top = h('input', { type: 'number', min: 10, max: 2000, step: 10, 'data-testid': 'coord-top', value: state.top ?? DEFAULT_TOP });
    const tiesPer = h('input', { type: 'number', min: 0, max: 100, 'data-testid': 'coord-ties', value: state.tiesPer ?? DEFAULT_TIES_PER });
    const region = h('select', { 'data-testid': 'coord-region' });
    const size = h('select', { 'data-testid': 'coord-size' }, (['betweenness', 'degree'] as SizeBy[]).map((s) => h('option', { value: s, selected: s === state.sizeBy })));
    const kinds = COORDINATION_KINDS.map((k) => ({ k, box: h('input', { type: 'checkbox', value: k, 'data-testid': `coord-kind-${k}`, checked: state.kinds.includes(k) }), label: h('span', {}) }));
    const run = h('button', { type: 'button', class: 'primary', 'data-testid': 'coord-run' });
    const labels = Array.from({ length: 8 }, () => h('span', {}));
    const [title, hint, status] = [h('h2', {}), h('p', { class: 'muted small' }), h('div', { class: 'coord-status small', 'data-testid': 'coord-status', 'aria-live': 'polite' })];
    let last: CoordinationNetwork | undefined;
    const fillRegions = () => {
      const lang = shell.state.lang;
      const regions = last?.regions ?? [];
      const current = shell.state.region;
      const names = regions.map((r) => r.region);
      if (current && !names.includes(current)) names.unshift(current);
      clear(region, h('option', { value: '' }, t(lang, 'coordAllRegions')), names.map((n) => h('option', { value: n, selected: n === current }, `${n}${regions.find((r) => r.region === n) ? ` (${regions.find((r) => r.region === n)!.agencies})` : ''}`)));
    };
    const renderStatus = () => {
      const lang = shell.state.lang;
      if (!last) return clear(status);
      const n = last;
      clear(
        status,
        h('div', { 'data-testid': 'coord-showing' }, t(lang, 'coordShowing', { n: n.nodes.length, total: n.totalAgencies, m: n.edges.length, ties: n.totalTies })),
        n.edges.length < n.tiesAmongShown ? h('div', {}, t(lang, 'coordTiesKept', { k: shell.state.tiesPer ?? DEFAULT_TIES_PER, all: n.tiesAmongShown })) : null,
        h('div', { 'data-testid': 'coord-modularity' }, t(lang, 'coordModularity', { c: n.communities, q: n.modularity.toFixed(2) })),
        n.undatedDocuments ? h('div', { 'data-testid': 'coord-undated' }, t(lang, 'coordUndated', { n: n.undatedDocuments })) : null,
      );
    };
    const render = () => {
      const lang = shell.state.lang;
      title.textContent = t(lang, 'mode.coordination');
      hint.textContent = t(lang, 'coordHint');
      (['coordFrom', 'coordTo', 'coordRegion', 'coordKinds', 'coordTop', 'coordMinShared', 'coordSizeBy', 'coordTiesPer'] as MsgKey[]).forEach((key, i) => (labels[i]!.textContent = t(lang, key)));
      for (const k of kinds) k.label.textContent = t(lang, `kind.${k.k}` as MsgKey);
      run.textContent = t(lang, 'coordRun');
      [...size.options].forEach((o) => (o.textContent = t(lang, `sizeBy.${o.value}` as MsgKey)));
      fillRegions();
      renderStatus();
    };
    shell.panelRender = render;
    const go = async () => {
      const [f, tt] = [from.value.trim(), to.value.trim()];
      const bad = [from, to].filter((i) => i.value.trim() && !isDate(i.value.trim()));
      from.classList.toggle('invalid', bad.includes(from));
      to.classList.toggle('invalid', bad.includes(to));
      if (bad.length) return shell.toast(t(shell.state.lang, 'coordBadDate', { v: bad.map((i) => i.value.trim()).join(', ') }));
      const st = shell.state;
      Object.assign(st, {
        dateFrom: f || undefined,
        dateTo: tt || undefined,
        minShared: Math.max(1, Math.floor(Number(min.value) || 1)),
        top: Math.min(2000, Math.max(1, Math.floor(Number(top.value) || DEFAULT_TOP))),
        tiesPer: tiesPer.value.trim() === '' ? DEFAULT_TIES_PER : Math.min(100, Math.max(0, Math.floor(Number(tiesPer.value) || 0))),
        region: region.value || undefined,
        kinds: kinds.filter((k) => k.box.checked).map((k) => k.k),
        sizeBy: size.value as SizeBy,
      });
      if (st.top === DEFAULT_TOP) st.top = undefined;
      if (st.tiesPer === DEFAULT_TIES_PER) st.tiesPer = undefined;
      shell.writeHash();
      // The details panel must not keep showing a tie of the network being replaced.
      this.tieSeq++;
      shell.detailsHint();
      const filter: CoordinationFilter = { from: st.dateFrom, to: st.dateTo, kinds: st.kinds.length ? st.kinds : undefined };
      const res = await shell.load(() => api.coordination({ ...filter, minShared: st.minShared, region: st.region, limit: st.top ?? DEFAULT_TOP, tiesPerAgency: st.tiesPer ?? DEFAULT_TIES_PER }), () => void go());
      if (!res.ok) return;
      last = res.value;
      this.shown = filter;
      shell.graph.setElements(coordinationElements(res.value, st.sizeBy));
      shell.graph.cy.data('modularity', res.value.modularity);
      if (!res.value.nodes.length) shell.showMessage('empty', t(st.lang, 'coordEmpty'));
      render();
      shell.renderLegend();
    };
    run.addEventListener('click', () => void go());
    for (const s of [size, region]) s.addEventListener('change', () => void go());
    for (const i of [from, to, min, top, tiesPer]) i.addEventListener('keydown', (ev) => (ev as KeyboardEvent).key === 'Enter' && void go());
    const field = (i: number, input: HTMLElement) => h('label', { class: 'field' }, labels[i], input);
    clear(
      shell.panel,
      title,
      hint,
      h('div', { class: 'grid2' }, field(0, from), field(1, to), field(2, region), field(4, top), field(7, tiesPer), field(5, min), field(6, size)),
      h('div', { class: 'field' }, labels[3], h('div', { class: 'coord-kinds' }, kinds.map((k) => h('label', {}, k.box, k.label)))),
      run,
      status,
    );
    render();
    void go();
  }
}
