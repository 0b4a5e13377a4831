// The legend over the graph: entity and relation types with counts, each a toggle that hides its elements;
// communities in the coordination network.
import type { Core } from 'cytoscape';
import { COMMUNITY_PALETTE, OTHER_COMMUNITY, communityColor, relationColor, shapeSwatchSvg, typeColor, typeShape } from '../graphStyle.ts';
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

  /** Community swatches, largest first, in their own palette; the modularity comes with the network (cy data). */
  private communities(lang: ViewState['lang']): HTMLElement {
    const sizes = new Map<number, number>();
    for (const n of this.cy().nodes()) sizes.set(Number(n.data('community')), (sizes.get(Number(n.data('community'))) ?? 0) + 1);
    const comms = [...sizes.keys()].sort((a, b) => a - b);
    const modularity = Number(this.cy().data('modularity') ?? 0).toFixed(2);
    const swatch = (c: number) =>
      h('span', { class: 'legend-item', 'data-testid': 'legend-community' }, h('span', { class: 'dot', style: `background:${communityColor(c)}` }), `${t(lang, 'community')} ${c + 1}`, h('span', { class: 'count' }, String(sizes.get(c))));
    const others = comms.slice(COMMUNITY_PALETTE.length);
    return h(
      'div',
      { class: 'legend-comm' },
      h('div', { class: 'legend-title' }, t(lang, 'legendCommunity', { n: comms.length, q: modularity })),
      h('div', { class: 'legend-items' },
        comms.slice(0, COMMUNITY_PALETTE.length).map(swatch),
        others.length
          ? h('span', { class: 'legend-item' }, h('span', { class: 'dot', style: `background:${OTHER_COMMUNITY}` }), t(lang, 'legendCommunityOther'), h('span', { class: 'count' }, String(others.reduce((s, c) => s + sizes.get(c)!, 0))))
          : null,
      ),
    );
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
    const commNote = coord ? this.communities(lang) : null;
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
