// The legend over the graph: entity and relation types with counts, each a toggle that hides its elements;
// communities in the coordination network.
import type { Core } from 'cytoscape';
import { communityColor, relationColor, shapeSwatchSvg, typeColor, typeShape } from '../graphStyle.ts';
import { t, typeName } from '../i18n.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../types.ts';
import type { ViewState } from '../urlState.ts';
import { clear, h } from './dom.ts';

export class Legend {
  readonly root = h('div', { class: 'legend', 'data-testid': 'legend' });
  private open = window.innerWidth > 800;
  private timer?: number;

  constructor(
    private cy: () => Core,
    private state: () => ViewState,
    private onToggle: (key: 'hidden' | 'hiddenRel', value: string) => void,
  ) {}

  /** Renders soon, once for a burst of changes (elements added or removed). */
  schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      this.render();
    }, 30);
  }

  render(): void {
    const state = this.state();
    const lang = state.lang;
    const cy = this.cy();
    const count = (sel: string) => cy.elements(sel).length;
    const coord = state.mode === 'coordination';
    const typeItems = ENTITY_TYPES.filter((ty) => !coord || ty === 'Agency').map((ty) => {
      const hidden = state.hidden.includes(ty);
      const n = count(`node[type = "${ty}"]`);
      return h(
        'button',
        {
          type: 'button',
          class: `legend-item${hidden ? ' off' : ''}${n ? '' : ' zero'}`,
          'data-testid': `legend-type-${ty}`,
          'aria-pressed': hidden ? 'false' : 'true',
          onclick: () => this.onToggle('hidden', ty),
        },
        h('span', { class: 'swatch', html: shapeSwatchSvg(typeShape(ty), typeColor(ty), 14) }),
        h('span', {}, typeName(lang, ty)),
        h('span', { class: 'count' }, String(n)),
      );
    });
    const relTypes = [...new Set(cy.edges().map((e) => String(e.data('type'))))].sort(
      (a, b) => RELATION_TYPES.indexOf(a as never) - RELATION_TYPES.indexOf(b as never),
    );
    const relItems = relTypes.map((rt) => {
      const hidden = state.hiddenRel.includes(rt);
      return h(
        'button',
        {
          type: 'button',
          class: `legend-item${hidden ? ' off' : ''}`,
          'data-testid': `legend-rel-${rt}`,
          'aria-pressed': hidden ? 'false' : 'true',
          onclick: () => this.onToggle('hiddenRel', rt),
        },
        h('span', { class: 'line', style: `background:${relationColor(rt)}` }),
        h('span', {}, typeName(lang, rt)),
        h('span', { class: 'count' }, String(count(`edge[type = "${rt}"]`))),
      );
    });
    let commNote: HTMLElement | null = null;
    if (coord) {
      const comms = [...new Set(cy.nodes().map((n) => Number(n.data('community'))))].sort((a, b) => a - b);
      commNote = h(
        'div',
        { class: 'legend-comm' },
        h('span', {}, t(lang, 'legendCommunity', { n: comms.length })),
        comms.slice(0, 10).map((c) => h('span', { class: 'dot', style: `background:${communityColor(c)}`, title: `${t(lang, 'community')} ${c}` })),
      );
    }
    clear(
      this.root,
      h('details', { open: this.open, ontoggle: (ev: Event) => (this.open = (ev.currentTarget as HTMLDetailsElement).open) },
        h('summary', {}, t(lang, 'legendNodes')),
        h('div', { class: 'legend-items' }, typeItems),
        relItems.length ? [h('div', { class: 'legend-title' }, t(lang, 'legendEdges')), h('div', { class: 'legend-items' }, relItems)] : null,
        commNote,
      ),
    );
  }
}
