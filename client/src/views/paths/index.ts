// 路径查找 path: two search boxes, the shortest connections between the two entities highlighted, each path
// selectable.
import { api } from '../../api.ts';
import { t } from '../../i18n.ts';
import { pathElementIds, pathsToSubgraph, subgraphToElements } from '../../toElements.ts';
import type { Path } from '../../types.ts';
import { clear, h } from '../../ui/dom.ts';
import { SearchBox } from '../../ui/searchBox.ts';
import type { Shell, View } from '../view.ts';

export class PathsView implements View {
  private pathFrom: SearchBox;
  private pathTo: SearchBox;

  constructor(private shell: Shell) {
    const search = (text: string, types: Parameters<typeof api.search>[1], signal: AbortSignal) => api.search(text, types, 12, signal);
    const endpointBox = (end: 'from' | 'to', label: 'pathFrom' | 'pathTo') =>
      new SearchBox({
        testid: `path-${end}`,
        lang: () => shell.state.lang,
        placeholder: () => t(shell.state.lang, label),
        search,
        onChoose: (hit) => {
          shell.state[end] = hit.id;
          shell.writeHash();
        },
      });
    this.pathFrom = endpointBox('from', 'pathFrom');
    this.pathTo = endpointBox('to', 'pathTo');
  }

  relabel(): void {
    this.pathFrom.relabel();
    this.pathTo.relabel();
  }

  async enter(): Promise<void> {
    const shell = this.shell;
    shell.panel.dataset.testid = 'path-panel';
    const hops = h('select', { 'data-testid': 'path-hops' }, [2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === 4 }, String(n))));
    const run = h('button', { type: 'button', class: 'primary', 'data-testid': 'path-run' });
    const list = h('div', { class: 'path-results', 'data-testid': 'path-results' });
    const title = h('h2', {});
    const hopsLabel = h('span', {});
    const lFrom = h('span', {});
    const lTo = h('span', {});
    let lastPaths: Path[] = [];
    const renderList = () => {
      const lang = shell.state.lang;
      title.textContent = t(lang, 'mode.path');
      hopsLabel.textContent = t(lang, 'maxHops');
      run.textContent = t(lang, 'pathRun');
      lFrom.textContent = t(lang, 'pathFrom');
      lTo.textContent = t(lang, 'pathTo');
      if (!lastPaths.length) return clear(list);
      const min = Math.min(...lastPaths.map((p) => p.length));
      clear(
        list,
        h('p', {}, t(lang, 'pathFound', { n: lastPaths.length, len: min })),
        h(
          'ol',
          {},
          lastPaths.map((p, i) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'path-item',
                  'data-testid': 'path-result',
                  onclick: (ev: Event) => {
                    list.querySelectorAll('.path-item').forEach((x) => x.classList.remove('active'));
                    (ev.currentTarget as HTMLElement).classList.add('active');
                    shell.graph.highlight(pathElementIds(p));
                  },
                },
                h('strong', {}, t(lang, 'pathN', { i: i + 1, len: p.length })),
                h('span', { class: 'chain' }, p.nodes.map((n) => n.name).join(' → ')),
              ),
            ),
          ),
        ),
      );
    };
    shell.panelRender = renderList;
    // Typed but not picked from the list: take the best match.
    const resolve = async (box: SearchBox) => {
      const text = box.input.value.trim();
      if (box.chosen || !text) return;
      try {
        const [hit] = await api.search(text, undefined, 1);
        if (hit) box.setValue(hit);
      } catch {
        /* reported by the run below */
      }
    };
    const go = async () => {
      await Promise.all([resolve(this.pathFrom), resolve(this.pathTo)]);
      const from = this.pathFrom.chosen;
      const to = this.pathTo.chosen;
      if (!from || !to) {
        shell.showMessage('empty', t(shell.state.lang, 'pathNeedBoth'));
        return;
      }
      shell.state.from = from.id;
      shell.state.to = to.id;
      shell.writeHash();
      const maxHops = Number(hops.value) || 4;
      lastPaths = [];
      renderList();
      const res = await shell.load(() => api.paths(from.id, to.id, maxHops, 5), () => void go());
      if (!res.ok) return;
      lastPaths = [...res.value].sort((a, b) => a.length - b.length);
      if (!lastPaths.length) {
        shell.graph.setElements([]);
        shell.showMessage('empty', t(shell.state.lang, 'pathNone', { from: from.name, to: to.name, hops: maxHops }));
        renderList();
        return;
      }
      const sub = pathsToSubgraph(lastPaths);
      shell.graph.setElements(subgraphToElements(sub), from.id);
      const min = lastPaths[0]!.length;
      shell.graph.highlight(lastPaths.filter((p) => p.length === min).flatMap(pathElementIds));
      renderList();
    };
    run.addEventListener('click', () => void go());
    clear(
      shell.panel,
      title,
      h('label', { class: 'field' }, lFrom, this.pathFrom.root),
      h('label', { class: 'field' }, lTo, this.pathTo.root),
      h('div', { class: 'row' }, h('label', { class: 'field inline' }, hopsLabel, hops), run),
      list,
    );
    renderList();
    // Restore endpoints from the URL.
    const restore = async (id: string | undefined, box: SearchBox) => {
      if (!id || box.chosen?.id === id) return;
      try {
        const e = await api.entity(id);
        if (e) box.setValue({ id: e.id, type: e.type, name: e.name, aliases: e.aliases });
      } catch {
        /* the run will report the error */
      }
    };
    await Promise.all([restore(shell.state.from, this.pathFrom), restore(shell.state.to, this.pathTo)]);
    if (shell.state.mode === 'path' && this.pathFrom.chosen && this.pathTo.chosen) void go();
    else shell.showMessage('empty', t(shell.state.lang, 'pathNeedBoth'));
  }
}
