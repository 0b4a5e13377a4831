// 协同网络 coordination: the agency–agency network (agencies paired by what they share), size by betweenness or
// degree, colour by community, date range and minimum shared.
import { api } from '../../api.ts';
import { t, type MsgKey } from '../../i18n.ts';
import { coordinationElements, type SizeBy } from '../../toElements.ts';
import { clear, h } from '../../ui/dom.ts';
import type { Shell, View } from '../view.ts';

export class NetworkView implements View {
  constructor(private shell: Shell) {}

  enter(): void {
    const shell = this.shell;
    const state = shell.state;
    shell.panel.dataset.testid = 'coordination-panel';
    const from = h('input', { type: 'text', inputmode: 'numeric', placeholder: 'YYYY / YYYY-MM-DD', 'data-testid': 'coord-from', value: state.dateFrom ?? '' });
    const to = h('input', { type: 'text', inputmode: 'numeric', placeholder: 'YYYY / YYYY-MM-DD', 'data-testid': 'coord-to', value: state.dateTo ?? '' });
    const min = h('input', { type: 'number', min: 1, max: 20, 'data-testid': 'coord-min', value: state.minShared ?? 1 });
    const size = h(
      'select',
      { 'data-testid': 'coord-size' },
      (['betweenness', 'degree'] as SizeBy[]).map((s) => h('option', { value: s, selected: s === state.sizeBy })),
    );
    const run = h('button', { type: 'button', class: 'primary', 'data-testid': 'coord-run' });
    const labels = [h('span', {}), h('span', {}), h('span', {}), h('span', {})] as const;
    const title = h('h2', {});
    const hint = h('p', { class: 'muted small' });
    const dateOk = (v: string) => !v || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v);
    const render = () => {
      const lang = shell.state.lang;
      title.textContent = t(lang, 'mode.coordination');
      hint.textContent = t(lang, 'coordHint');
      labels[0].textContent = t(lang, 'coordFrom');
      labels[1].textContent = t(lang, 'coordTo');
      labels[2].textContent = t(lang, 'coordMinShared');
      labels[3].textContent = t(lang, 'coordSizeBy');
      run.textContent = t(lang, 'coordRun');
      [...size.options].forEach((o) => (o.textContent = t(lang, `sizeBy.${o.value}` as MsgKey)));
    };
    shell.panelRender = render;
    const go = async () => {
      const f = from.value.trim();
      const tt = to.value.trim();
      from.classList.toggle('invalid', !dateOk(f));
      to.classList.toggle('invalid', !dateOk(tt));
      if (!dateOk(f) || !dateOk(tt)) return;
      shell.state.dateFrom = f || undefined;
      shell.state.dateTo = tt || undefined;
      const m = Math.max(1, Math.floor(Number(min.value) || 1));
      shell.state.minShared = m;
      shell.state.sizeBy = size.value as SizeBy;
      shell.writeHash();
      const res = await shell.load(() => api.coordination(m, f || undefined, tt || undefined), () => void go());
      if (!res.ok) return;
      shell.graph.setElements(coordinationElements(res.value, shell.state.sizeBy));
      if (!res.value.nodes.length) shell.showMessage('empty', t(shell.state.lang, 'coordEmpty'));
      else if (res.value.truncated) shell.toast(t(shell.state.lang, 'truncated'));
      shell.renderLegend();
    };
    run.addEventListener('click', () => void go());
    size.addEventListener('change', () => void go());
    for (const i of [from, to, min]) i.addEventListener('keydown', (ev) => (ev as KeyboardEvent).key === 'Enter' && void go());
    clear(
      shell.panel,
      title,
      hint,
      h('div', { class: 'grid2' },
        h('label', { class: 'field' }, labels[0], from),
        h('label', { class: 'field' }, labels[1], to),
        h('label', { class: 'field' }, labels[2], min),
        h('label', { class: 'field' }, labels[3], size),
      ),
      run,
    );
    render();
    void go();
  }
}
