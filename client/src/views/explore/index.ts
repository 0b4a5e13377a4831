// 图谱探索 explore: an entity and its neighbourhood; expand (double-click or button), collapse, undo; the first-visit
// hint with example searches.
import { api } from '../../api.ts';
import { t } from '../../i18n.ts';
import { subgraphToElements } from '../../toElements.ts';
import type { Subgraph } from '../../types.ts';
import { h } from '../../ui/dom.ts';
import type { Shell, View } from '../view.ts';

export class ExploreView implements View {
  constructor(private shell: Shell) {}

  enter(): void {
    const { state } = this.shell;
    if (state.focus) void this.focusEntity(state.focus, state.expanded);
    else this.showWelcome();
  }

  /** The first-visit hint, with a few example searches to click. */
  private showWelcome(): void {
    this.shell.showMessage('empty', t(this.shell.state.lang, 'emptyGraph'));
    const examples = ['断卡', '湖南省公安厅', '反电信网络诈骗法'];
    this.shell.messageBox.appendChild(
      h(
        'div',
        { class: 'examples' },
        examples.map((text) =>
          h('button', { type: 'button', 'data-testid': 'example-search', onclick: () => void this.searchAndFocus(text) }, text),
        ),
      ),
    );
  }

  private async searchAndFocus(text: string): Promise<void> {
    const res = await this.shell.load(() => api.search(text, undefined, 1), () => void this.searchAndFocus(text));
    if (!res.ok) return;
    const hit = res.value[0];
    if (!hit) return this.shell.showMessage('empty', t(this.shell.state.lang, 'noResults', { text }));
    this.shell.search.setValue(hit);
    void this.focusEntity(hit.id);
  }

  async focusEntity(id: string, expandAfter: string[] = []): Promise<void> {
    const shell = this.shell;
    shell.state.focus = id;
    shell.state.expanded = [];
    shell.selectedId = id;
    shell.writeHash();
    const res = await shell.load(() => api.neighborhood(id, 1, 200), () => void this.focusEntity(id, expandAfter));
    if (!res.ok) return;
    const sub = res.value;
    if (!sub.nodes.length) {
      shell.graph.setElements([]);
      shell.showMessage('empty', t(shell.state.lang, 'notFound', { id }));
      shell.detailsHint();
      return;
    }
    shell.graph.setElements(subgraphToElements(sub), id);
    const center = sub.nodes.find((n) => n.id === id);
    if (center && !shell.search.chosen) shell.search.setValue({ id, type: center.type, name: center.name, aliases: center.aliases });
    if (sub.nodes.length === 1) shell.showMessage('empty', t(shell.state.lang, 'emptyNeighborhood', { name: center?.name ?? id }));
    else if (sub.truncated) shell.toast(t(shell.state.lang, 'truncated'));
    void shell.showEntity(id);
    for (const x of expandAfter) await this.expand(x);
  }

  /** Adds an entity's neighbours to whatever graph is shown; in explore the URL remembers it. */
  async expand(id: string): Promise<void> {
    const shell = this.shell;
    const shown = { mode: shell.state.mode, focus: shell.graph.focusId };
    let sub: Subgraph;
    try {
      sub = await api.neighborhood(id, 1, 200);
    } catch (e) {
      shell.toast(shell.errorText(e));
      return;
    }
    // another graph came up while the answer was on its way: these neighbours are not its
    if (shell.state.mode !== shown.mode || shell.graph.focusId !== shown.focus) return;
    const existing = shell.graph.cy.elements().map((e) => e.id());
    const els = subgraphToElements(sub, { existing });
    shell.graph.addElements(els, id);
    if (shell.state.mode === 'explore' && !shell.state.expanded.includes(id)) {
      shell.state.expanded.push(id);
      shell.writeHash();
    }
    if (sub.truncated) shell.toast(t(shell.state.lang, 'truncated'));
  }

  expandSelected(): void {
    const id = this.shell.selectedId ?? this.shell.graph.focusId;
    if (!id) return this.shell.toast(t(this.shell.state.lang, 'selectFirst'));
    void this.expand(id);
  }

  collapseSelected(): void {
    const shell = this.shell;
    const id = shell.selectedId ?? shell.graph.focusId;
    if (!id) return shell.toast(t(shell.state.lang, 'selectFirst'));
    const n = shell.graph.collapse(id);
    if (!n) return shell.toast(t(shell.state.lang, 'nothingCollapsed'));
    shell.state.expanded = shell.state.expanded.filter((x) => x !== id);
    shell.writeHash();
  }

  undo(): void {
    const { expandedId } = this.shell.graph.undo();
    if (expandedId) {
      this.shell.state.expanded = this.shell.state.expanded.filter((x) => x !== expandedId);
      this.shell.writeHash();
    }
  }
}
