// The explorer: page layout, modes, and the glue between the API, the graph and the panels.
import type { EdgeSingular } from 'cytoscape';
import { api } from '../api.ts';
import { buildMatrix, cellKey, type MatrixCell } from '../buildMatrix.ts';
import { ApiError } from '../graphqlRequest.ts';
import { toJson } from '../graphSnapshot.ts';
import { communityColor, relationColor, shapeSwatchSvg, typeColor, typeShape } from '../graphStyle.ts';
import { errorMessage, t, typeName, type Lang, type MsgKey } from '../i18n.ts';
import { toCsv } from '../toCsv.ts';
import {
  coordinationElements,
  participationsToSubgraph,
  pathElementIds,
  pathsToSubgraph,
  ROLE_RELATION,
  groupByRole,
  subgraphToElements,
  type SizeBy,
} from '../toElements.ts';
import { toGraphML } from '../toGraphML.ts';
import { toSvg } from '../toSvg.ts';
import { ENTITY_TYPES, RELATION_TYPES, type EntityRef, type Evidence, type Participation, type Path, type Responsibility, type Role, type SearchHit, type Subgraph } from '../types.ts';
import { decodeState, encodeState, LAYOUTS, MODES, type LayoutName, type Mode, type ViewState } from '../urlState.ts';
import { clear, download, h } from './dom.ts';
import { GraphView } from './graphView.ts';
import { DocumentReader, evidenceList, renderEdgeDetails, renderEntityDetails, typeBadge } from './panels.ts';
import { SearchBox } from './searchBox.ts';

/** The breakpoint at which styles.css stacks the panel under the graph. */
const NARROW_SCREEN = '(max-width: 800px)';

type Labelled = { el: HTMLElement; key: MsgKey; attr?: 'title' | 'placeholder' | 'aria-label' };

export class App {
  state: ViewState;
  private graph!: GraphView;
  private reader: DocumentReader;
  private search: SearchBox;
  private pathFrom: SearchBox;
  private pathTo: SearchBox;
  private labelled: Labelled[] = [];
  private root: HTMLElement;
  private modeTabs = new Map<Mode, HTMLButtonElement>();
  private layoutSelect!: HTMLSelectElement;
  private undoBtn!: HTMLButtonElement;
  private langBtn!: HTMLButtonElement;
  private legend!: HTMLDivElement;
  private message!: HTMLDivElement;
  private banner!: HTMLDivElement;
  private statsEl!: HTMLSpanElement;
  private matrixView!: HTMLDivElement;
  private modePanel!: HTMLDivElement;
  private details!: HTMLDivElement;
  private toastEl!: HTMLDivElement;
  private graphBox!: HTMLElement;
  /** Re-renders the details panel (language switch). */
  private detailsRender?: () => void;
  /** Re-renders the mode panel (language switch). */
  private modeRender?: () => void;
  private selectedId?: string;
  private lastStats?: { documents: number; entities: number; relations: number };
  private writtenHash = '';
  private seq = 0;
  private campaigns: EntityRef[] = [];
  private matrixShowTable = true;
  private legendOpen = window.innerWidth > 800;

  constructor(root: HTMLElement) {
    this.root = root;
    this.state = decodeState(location.hash);
    const lang = () => this.state.lang;
    const search = (text: string, types: SearchHit['type'][] | undefined, signal: AbortSignal) => api.search(text, types, 12, signal);
    this.search = new SearchBox({
      testid: 'search-input',
      lang,
      placeholder: () => t(this.state.lang, 'searchPlaceholder'),
      search,
      onChoose: (hit) => {
        this.setMode('explore', false);
        void this.focusEntity(hit.id);
      },
    });
    this.pathFrom = new SearchBox({
      testid: 'path-from',
      lang,
      placeholder: () => t(this.state.lang, 'pathFrom'),
      search,
      onChoose: (hit) => {
        this.state.from = hit.id;
        this.writeHash();
      },
    });
    this.pathTo = new SearchBox({
      testid: 'path-to',
      lang,
      placeholder: () => t(this.state.lang, 'pathTo'),
      search,
      onChoose: (hit) => {
        this.state.to = hit.id;
        this.writeHash();
      },
    });
    this.reader = new DocumentReader(lang, (id) => api.document(id));
    this.build();
    const fromUrl = () => {
      if (location.hash === this.writtenHash) return;
      this.writtenHash = location.hash;
      this.state = decodeState(location.hash);
      this.relabel();
      this.enterMode();
    };
    // Back/forward between focused entities and modes, and hand-edited hashes.
    window.addEventListener('popstate', fromUrl);
    window.addEventListener('hashchange', fromUrl);
    window.addEventListener('resize', () => this.graph.resize());
  }

  // ---------- layout ----------

  private label<E extends HTMLElement>(el: E, key: MsgKey, attr?: Labelled['attr']): E {
    this.labelled.push({ el, key, attr });
    return el;
  }

  private build(): void {
    const tabs = h(
      'nav',
      { class: 'modes', role: 'tablist' },
      MODES.map((m) => {
        const b = this.label(
          h('button', { type: 'button', role: 'tab', 'data-testid': `mode-${m}`, onclick: () => this.setMode(m) }),
          `mode.${m}` as MsgKey,
        );
        this.modeTabs.set(m, b);
        return b;
      }),
    );
    this.langBtn = h('button', { type: 'button', class: 'lang', 'data-testid': 'lang-toggle', onclick: () => this.toggleLang() });
    this.statsEl = h('span', { class: 'stats', 'data-testid': 'stats' });
    const header = h(
      'header',
      { class: 'topbar' },
      h('div', { class: 'brand' }, this.label(h('h1', {}), 'appTitle'), this.statsEl),
      this.search.root,
      tabs,
      this.langBtn,
    );

    this.layoutSelect = h(
      'select',
      { 'data-testid': 'layout-select', onchange: () => this.setLayout(this.layoutSelect.value as LayoutName) },
      LAYOUTS.map((l) => this.label(h('option', { value: l }), `layout.${l}` as MsgKey)),
    );
    const btn = (testid: string, key: MsgKey, text: string, onclick: () => void) =>
      this.label(h('button', { type: 'button', 'data-testid': testid, onclick }, text), key, 'title');
    this.undoBtn = btn('undo', 'undo', '↶', () => this.undo());
    this.undoBtn.disabled = true;
    const exportBtn = (testid: string, key: MsgKey, fn: () => void) =>
      this.label(h('button', { type: 'button', 'data-testid': testid, onclick: () => this.doExport(fn) }), key);
    const exportMenu = h(
      'details',
      { class: 'export-menu', 'data-testid': 'export-menu' },
      this.label(h('summary', { 'data-testid': 'export-toggle' }), 'export'),
      h(
        'div',
        { class: 'menu' },
        exportBtn('export-png', 'exportPng', () => download(this.fileName('png'), this.graph.png())),
        exportBtn('export-svg', 'exportSvg', () =>
          download(this.fileName('svg'), toSvg(this.graph.snapshot(), { title: t(this.state.lang, 'appTitle') }), 'image/svg+xml;charset=utf-8'),
        ),
        exportBtn('export-json', 'exportJson', () => download(this.fileName('json'), toJson(this.graph.snapshot()), 'application/json')),
        exportBtn('export-csv-nodes', 'exportCsvNodes', () =>
          download(this.fileName('nodes.csv'), toCsv(this.graph.snapshot(), 'nodes'), 'text/csv;charset=utf-8'),
        ),
        exportBtn('export-csv-edges', 'exportCsvEdges', () =>
          download(this.fileName('edges.csv'), toCsv(this.graph.snapshot(), 'edges'), 'text/csv;charset=utf-8'),
        ),
        exportBtn('export-graphml', 'exportGraphml', () =>
          download(this.fileName('graphml'), toGraphML(this.graph.snapshot()), 'application/graphml+xml'),
        ),
      ),
    );
    const toolbar = h(
      'div',
      { class: 'toolbar', role: 'toolbar' },
      h('label', { class: 'layout' }, this.label(h('span', {}), 'layout.label'), this.layoutSelect),
      h(
        'div',
        { class: 'group' },
        btn('fit', 'fit', '⤢', () => this.graph.fit()),
        btn('zoom-in', 'zoomIn', '+', () => this.graph.zoomBy(1.25)),
        btn('zoom-out', 'zoomOut', '−', () => this.graph.zoomBy(0.8)),
      ),
      h(
        'div',
        { class: 'group' },
        this.label(h('button', { type: 'button', 'data-testid': 'expand', onclick: () => this.expandSelected() }), 'expand'),
        this.label(h('button', { type: 'button', 'data-testid': 'collapse', onclick: () => this.collapseSelected() }), 'collapse'),
        this.undoBtn,
      ),
      exportMenu,
      this.label(h('button', { type: 'button', 'data-testid': 'copy-link', onclick: () => this.copyLink() }), 'copyLink'),
    );

    const cyEl = h('div', { class: 'cy', 'data-testid': 'graph' });
    this.legend = h('div', { class: 'legend', 'data-testid': 'legend' });
    this.message = h('div', { class: 'graph-message', 'data-testid': 'graph-message', role: 'status', 'aria-live': 'polite' });
    this.matrixView = h('div', { class: 'matrix-view', 'data-testid': 'matrix-view', hidden: true });
    this.graphBox = h('section', { class: 'graph-area' }, cyEl, this.legend, this.message, this.matrixView);
    this.modePanel = h('div', { class: 'mode-panel' });
    this.details = h('div', { class: 'details', 'data-testid': 'details-panel', 'aria-live': 'polite' });
    const side = h('aside', { class: 'side', 'data-testid': 'side-panel' }, this.modePanel, this.details);
    this.banner = h('div', { class: 'banner', 'data-testid': 'error-banner', role: 'alert', hidden: true });
    this.toastEl = h('div', { class: 'toast', 'data-testid': 'toast', role: 'status', hidden: true });
    clear(this.root, header, this.banner, toolbar, h('main', { class: 'main' }, this.graphBox, side), this.reader.root, this.toastEl);

    this.graph = new GraphView(cyEl, {
      onNodeTap: (id) => {
        this.selectedId = id;
        // Revealed once rendered: while it only says "loading" the page may be too short to scroll to it.
        void this.showEntity(id).then(() => this.revealDetails());
      },
      onEdgeTap: (edge) => {
        this.showEdge(edge);
        this.revealDetails();
      },
      onNodeDoubleTap: (id) => {
        this.selectedId = id;
        void this.expand(id);
      },
      onBackgroundTap: () => {
        this.selectedId = undefined;
      },
      onUndoChange: (can) => {
        this.undoBtn.disabled = !can;
      },
    });
    this.graph.cy.on('add remove', () => this.scheduleLegend());
  }

  async start(): Promise<void> {
    this.relabel();
    void this.loadStats();
    this.enterMode();
  }

  // ---------- language, legend, messages ----------

  private toggleLang(): void {
    this.state.lang = this.state.lang === 'zh' ? 'en' : 'zh';
    this.writeHash();
    this.relabel();
    this.detailsRender?.();
    this.modeRender?.();
  }

  private relabel(): void {
    const lang = this.state.lang;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'appTitle');
    for (const { el, key, attr } of this.labelled) {
      if (attr) {
        el.setAttribute(attr, t(lang, key));
        if (attr === 'title') el.setAttribute('aria-label', t(lang, key));
      } else el.textContent = t(lang, key);
    }
    this.langBtn.textContent = t(lang, 'langToggle');
    this.search.relabel();
    this.pathFrom.relabel();
    this.pathTo.relabel();
    this.reader.relabel();
    this.layoutSelect.value = this.state.layout;
    for (const [m, b] of this.modeTabs) b.setAttribute('aria-selected', m === this.state.mode ? 'true' : 'false');
    this.renderStats();
    this.renderLegend();
    if (!this.detailsRender) this.detailsHint();
  }

  private legendTimer?: number;
  private scheduleLegend(): void {
    if (this.legendTimer !== undefined) return;
    this.legendTimer = window.setTimeout(() => {
      this.legendTimer = undefined;
      this.renderLegend();
    }, 30);
  }

  private renderLegend(): void {
    const lang = this.state.lang;
    const cy = this.graph.cy;
    const count = (sel: string) => cy.elements(sel).length;
    const coord = this.state.mode === 'coordination';
    const typeItems = ENTITY_TYPES.filter((ty) => !coord || ty === 'Agency').map((ty) => {
      const hidden = this.state.hidden.includes(ty);
      const n = count(`node[type = "${ty}"]`);
      return h(
        'button',
        {
          type: 'button',
          class: `legend-item${hidden ? ' off' : ''}${n ? '' : ' zero'}`,
          'data-testid': `legend-type-${ty}`,
          'aria-pressed': hidden ? 'false' : 'true',
          onclick: () => this.toggleHidden('hidden', ty),
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
      const hidden = this.state.hiddenRel.includes(rt);
      return h(
        'button',
        {
          type: 'button',
          class: `legend-item${hidden ? ' off' : ''}`,
          'data-testid': `legend-rel-${rt}`,
          'aria-pressed': hidden ? 'false' : 'true',
          onclick: () => this.toggleHidden('hiddenRel', rt),
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
      this.legend,
      h('details', { open: this.legendOpen, ontoggle: (ev: Event) => (this.legendOpen = (ev.currentTarget as HTMLDetailsElement).open) },
        h('summary', {}, t(lang, 'legendNodes')),
        h('div', { class: 'legend-items' }, typeItems),
        relItems.length ? [h('div', { class: 'legend-title' }, t(lang, 'legendEdges')), h('div', { class: 'legend-items' }, relItems)] : null,
        commNote,
      ),
    );
  }

  private toggleHidden(key: 'hidden' | 'hiddenRel', value: string): void {
    const list = this.state[key];
    this.state[key] = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
    this.graph.setHidden(this.state.hidden, this.state.hiddenRel);
    this.renderLegend();
    this.writeHash();
  }

  /** The first-visit hint, with a few example searches to click. */
  private showWelcome(): void {
    this.showMessage('empty', t(this.state.lang, 'emptyGraph'));
    const examples = ['断卡', '湖南省公安厅', '反电信网络诈骗法'];
    this.message.appendChild(
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
    const res = await this.load(() => api.search(text, undefined, 1), () => void this.searchAndFocus(text));
    if (!res.ok) return;
    const hit = res.value[0];
    if (!hit) return this.showMessage('empty', t(this.state.lang, 'noResults', { text }));
    this.search.setValue(hit);
    void this.focusEntity(hit.id);
  }

  private showMessage(kind: 'loading' | 'empty' | 'error' | null, text = '', retry?: () => void): void {
    if (!kind) {
      this.message.hidden = true;
      clear(this.message);
      return;
    }
    this.message.hidden = false;
    this.message.className = `graph-message ${kind}`;
    this.message.dataset.kind = kind;
    clear(
      this.message,
      h('p', {}, text),
      retry ? h('button', { type: 'button', 'data-testid': 'retry', onclick: retry }, t(this.state.lang, 'retry')) : null,
    );
  }

  private toast(text: string): void {
    this.toastEl.textContent = text;
    this.toastEl.hidden = false;
    window.clearTimeout((this.toast as unknown as { timer?: number }).timer);
    (this.toast as unknown as { timer?: number }).timer = window.setTimeout(() => (this.toastEl.hidden = true), 3500);
  }

  private errorText(e: unknown): string {
    const err = e instanceof ApiError ? e : new ApiError('network', String(e));
    return errorMessage(this.state.lang, err.kind, err.message);
  }

  /** Run a graph-loading step with loading / error messages; stale results (a newer request started) are dropped. */
  private async load<T>(fn: () => Promise<T>, retry: () => void): Promise<{ ok: true; value: T } | { ok: false }> {
    const seq = ++this.seq;
    this.showMessage('loading', t(this.state.lang, 'loading'));
    try {
      const value = await fn();
      if (seq !== this.seq) return { ok: false };
      this.showMessage(null);
      return { ok: true, value };
    } catch (e) {
      if (seq !== this.seq) return { ok: false };
      this.showMessage('error', this.errorText(e), retry);
      return { ok: false };
    }
  }

  private async loadStats(): Promise<void> {
    try {
      this.lastStats = await api.stats();
      this.banner.hidden = true;
    } catch (e) {
      this.lastStats = undefined;
      this.banner.hidden = false;
      clear(
        this.banner,
        h('span', {}, this.errorText(e)),
        h('button', { type: 'button', onclick: () => {
          void this.loadStats();
          this.enterMode();
        } }, t(this.state.lang, 'retry')),
      );
    }
    this.renderStats();
  }

  private renderStats(): void {
    const s = this.lastStats;
    this.statsEl.textContent = s ? t(this.state.lang, 'statsLine', { d: s.documents, e: s.entities, r: s.relations }) : '';
  }

  // ---------- state ----------

  /** Put the state in the URL; `push` makes a history entry (a new focus or mode) so Back returns to it. */
  private writeHash(push = false): void {
    const hash = encodeState(this.state);
    if (location.hash === hash) return;
    const prevMode = decodeState(this.writtenHash || location.hash);
    this.writtenHash = hash;
    const newView = push || prevMode.mode !== this.state.mode || (this.state.mode === 'explore' && prevMode.focus !== this.state.focus && !!prevMode.focus);
    if (newView) history.pushState(null, '', hash);
    else history.replaceState(null, '', hash);
  }

  private copyLink(): void {
    this.writeHash();
    const url = location.href;
    const done = () => this.toast(t(this.state.lang, 'linkCopied'));
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(url).then(done, () => this.toast(url));
    else this.toast(url);
  }

  private fileName(ext: string): string {
    const d = new Date().toISOString().slice(0, 10);
    return `反诈治理图谱-${this.state.mode}-${d}.${ext}`;
  }

  private doExport(fn: () => void): void {
    if (this.graph.cy.nodes(':visible').empty()) {
      this.toast(t(this.state.lang, 'nothingToExport'));
      return;
    }
    fn();
    (this.root.querySelector('.export-menu') as HTMLDetailsElement | null)?.removeAttribute('open');
  }

  private setLayout(l: LayoutName): void {
    this.state.layout = l;
    this.graph.setLayout(l);
    this.writeHash();
  }

  setMode(mode: Mode, enter = true): void {
    if (this.state.mode === mode && !enter) return;
    this.state.mode = mode;
    for (const [m, b] of this.modeTabs) b.setAttribute('aria-selected', m === mode ? 'true' : 'false');
    if (enter) this.enterMode();
    else {
      this.prepareMode();
      this.writeHash();
    }
  }

  private prepareMode(): void {
    const mode = this.state.mode;
    this.root.dataset.mode = mode;
    this.seq++;
    this.matrixView.hidden = true;
    this.graph.setElements([]);
    this.graph.setHidden(this.state.hidden, this.state.hiddenRel);
    this.graph.layoutName = this.state.layout;
    this.showMessage(null);
    this.detailsRender = undefined;
    this.detailsHint();
    this.modeRender = undefined;
    clear(this.modePanel);
    this.modePanel.removeAttribute('data-testid');
    this.renderLegend();
  }

  private enterMode(): void {
    for (const [m, b] of this.modeTabs) b.setAttribute('aria-selected', m === this.state.mode ? 'true' : 'false');
    this.prepareMode();
    this.writeHash();
    switch (this.state.mode) {
      case 'explore':
        if (this.state.focus) void this.focusEntity(this.state.focus, this.state.expanded);
        else this.showWelcome();
        break;
      case 'campaign':
        void this.enterCampaign();
        break;
      case 'matrix':
        void this.enterMatrix();
        break;
      case 'path':
        void this.enterPath();
        break;
      case 'coordination':
        this.enterCoordination();
        break;
    }
  }

  // ---------- details ----------

  private detailsHint(): void {
    clear(this.details, h('p', { class: 'muted hint' }, t(this.state.lang, 'clickNode')));
  }

  private evidenceHandlers() {
    return {
      onQuote: (ev: Evidence) => void this.reader.open(ev.document.id, ev),
      onEntity: (ref: EntityRef) => {
        this.setMode('explore', false);
        void this.focusEntity(ref.id);
      },
    };
  }

  /** On a narrow screen the panel sits below the graph: bring it into view after a tap. */
  private revealDetails(): void {
    if (window.matchMedia(NARROW_SCREEN).matches) this.details.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  private async showEntity(id: string): Promise<void> {
    const lang = this.state.lang;
    clear(this.details, h('p', { class: 'muted', role: 'status' }, t(lang, 'loading')));
    let entity;
    try {
      entity = await api.entity(id);
    } catch (e) {
      clear(this.details, h('p', { class: 'error', role: 'alert' }, this.errorText(e)));
      return;
    }
    if (this.selectedId !== id && this.graph.focusId !== id) return;
    if (!entity) {
      clear(this.details, h('p', { class: 'error' }, t(lang, 'notFound', { id })));
      return;
    }
    const ent = entity;
    this.detailsRender = () =>
      clear(
        this.details,
        renderEntityDetails(this.state.lang, ent, {
          ...this.evidenceHandlers(),
          onExpand: () => void this.expand(ent.id),
          onFocus: this.state.mode === 'explore' && this.graph.focusId === ent.id ? undefined : () => {
            this.setMode('explore', false);
            void this.focusEntity(ent.id);
          },
        }),
      );
    this.detailsRender();
  }

  private showEdge(edge: EdgeSingular): void {
    const ref = (n: ReturnType<EdgeSingular['source']>): EntityRef => ({ id: n.id(), type: n.data('type'), name: n.data('label') });
    const info = {
      type: String(edge.data('type')),
      source: ref(edge.source()),
      target: ref(edge.target()),
      weight: Number(edge.data('weight')),
      shared: (edge.data('shared') as EntityRef[]) ?? [],
      evidence: (edge.data('evidence') as Evidence[]) ?? [],
    };
    this.detailsRender = () => clear(this.details, renderEdgeDetails(this.state.lang, info, this.evidenceHandlers()));
    this.detailsRender();
  }

  // ---------- explore ----------

  async focusEntity(id: string, expandAfter: string[] = []): Promise<void> {
    this.state.focus = id;
    this.state.expanded = [];
    this.selectedId = id;
    this.writeHash();
    const res = await this.load(() => api.neighborhood(id, 1, 200), () => void this.focusEntity(id, expandAfter));
    if (!res.ok) return;
    const sub = res.value;
    if (!sub.nodes.length) {
      this.graph.setElements([]);
      this.showMessage('empty', t(this.state.lang, 'notFound', { id }));
      this.detailsHint();
      return;
    }
    this.graph.setElements(subgraphToElements(sub), id);
    const center = sub.nodes.find((n) => n.id === id);
    if (center && !this.search.chosen) this.search.setValue({ id, type: center.type, name: center.name, aliases: center.aliases });
    if (sub.nodes.length === 1) this.showMessage('empty', t(this.state.lang, 'emptyNeighborhood', { name: center?.name ?? id }));
    else if (sub.truncated) this.toast(t(this.state.lang, 'truncated'));
    void this.showEntity(id);
    for (const x of expandAfter) await this.expand(x, false);
  }

  private async expand(id: string, relayout = true): Promise<void> {
    let sub: Subgraph;
    try {
      sub = await api.neighborhood(id, 1, 200);
    } catch (e) {
      this.toast(this.errorText(e));
      return;
    }
    const existing = this.graph.cy.elements().map((e) => e.id());
    const els = subgraphToElements(sub, { existing });
    this.graph.addElements(els, id);
    void relayout;
    if (this.state.mode === 'explore' && !this.state.expanded.includes(id)) {
      this.state.expanded.push(id);
      this.writeHash();
    }
    if (sub.truncated) this.toast(t(this.state.lang, 'truncated'));
  }

  private expandSelected(): void {
    const id = this.selectedId ?? this.graph.focusId;
    if (!id) return this.toast(t(this.state.lang, 'selectFirst'));
    void this.expand(id);
  }

  private collapseSelected(): void {
    const id = this.selectedId ?? this.graph.focusId;
    if (!id) return this.toast(t(this.state.lang, 'selectFirst'));
    const n = this.graph.collapse(id);
    if (!n) return this.toast(t(this.state.lang, 'nothingCollapsed'));
    this.state.expanded = this.state.expanded.filter((x) => x !== id);
    this.writeHash();
  }

  private undo(): void {
    const { expandedId } = this.graph.undo();
    if (expandedId) {
      this.state.expanded = this.state.expanded.filter((x) => x !== expandedId);
      this.writeHash();
    }
  }

  // ---------- campaign ----------

  private async enterCampaign(): Promise<void> {
    this.modePanel.dataset.testid = 'campaign-view';
    const select = h('select', { 'data-testid': 'campaign-select' });
    const table = h('div', { class: 'campaign-table', 'data-testid': 'campaign-table' });
    const title = h('h2', {});
    const hint = h('p', { class: 'muted small' });
    let current: { ref: EntityRef; parts: Participation[] } | undefined;
    const renderTable = () => {
      const lang = this.state.lang;
      title.textContent = t(lang, 'pickCampaign');
      hint.textContent = t(lang, 'roleHint');
      if (!current) return clear(table);
      if (!current.parts.length) return clear(table, h('p', { class: 'muted' }, t(lang, 'campaignEmpty', { name: current.ref.name })));
      clear(
        table,
        groupByRole(current.parts).map(([role, list]) =>
          h(
            'section',
            { class: 'role-group', 'data-role': role },
            h('h3', {}, roleBadge(lang, role), ` (${list.length})`),
            h(
              'table',
              {},
              h('tbody', {},
                list.map((p) =>
                  h(
                    'tr',
                    { 'data-testid': 'participant-row', 'data-role': p.role },
                    h('td', { class: 'agency' },
                      h('button', { type: 'button', class: 'entity-link', onclick: () => { this.selectedId = p.agency.id; void this.showEntity(p.agency.id); } }, p.agency.name),
                    ),
                    h('td', {}, evidenceList(lang, p.evidence, this.evidenceHandlers())),
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    };
    this.modeRender = renderTable;
    clear(this.modePanel, title, select, hint, table);
    renderTable();
    const show = async (ref: EntityRef) => {
      this.state.campaign = ref.name;
      this.writeHash();
      current = undefined;
      renderTable();
      const cached = this.campaignParts.get(ref.id);
      const res = await this.load(async () => cached ?? (await api.campaignParticipants(ref.name)), () => {
        this.campaignParts.delete(ref.id);
        void show(ref);
      });
      if (!res.ok) return;
      current = { ref, parts: res.value };
      const sub = participationsToSubgraph(res.value, ref);
      this.graph.setElements(subgraphToElements(sub), ref.id);
      if (!res.value.length) this.showMessage('empty', t(this.state.lang, 'campaignEmpty', { name: ref.name }));
      renderTable();
      this.selectedId = ref.id;
      void this.showEntity(ref.id);
    };
    const res = await this.load(() => this.loadCampaigns(), () => void this.enterCampaign());
    if (!res.ok || this.state.mode !== 'campaign') return;
    this.campaigns = res.value;
    if (!this.campaigns.length) {
      this.showMessage('empty', t(this.state.lang, 'campaignNone'));
      return;
    }
    const fillSelect = () => {
      const v = select.value;
      clear(select, this.campaigns.map((c) => h('option', { value: c.id }, this.campaignLabel(c))));
      if (v) select.value = v;
    };
    fillSelect();
    const prevRender = this.modeRender;
    this.modeRender = () => {
      prevRender?.();
      fillSelect();
    };
    select.addEventListener('change', () => {
      const ref = this.campaigns.find((c) => c.id === select.value);
      if (ref) void show(ref);
    });
    const wanted = this.state.campaign;
    const initial = this.campaigns.find((c) => c.name === wanted || c.id === wanted) ?? this.campaigns[0]!;
    select.value = initial.id;
    void show(initial);
  }

  private async loadCampaigns(): Promise<EntityRef[]> {
    const list = (await api.entities(['Campaign'], 200))
      .map((e) => ({ id: e.id, type: e.type, name: e.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh'));
    // Participants of each (few campaigns): counts in the picker, and the busiest one opens first.
    this.campaignParts.clear();
    await Promise.allSettled(
      list.slice(0, 40).map(async (c) => this.campaignParts.set(c.id, await api.campaignParticipants(c.name))),
    );
    const agencies = (c: EntityRef) => new Set((this.campaignParts.get(c.id) ?? []).map((p) => p.agency.id)).size;
    return list.sort((a, b) => agencies(b) - agencies(a) || a.name.localeCompare(b.name, 'zh'));
  }

  private campaignParts = new Map<string, Participation[]>();

  private campaignLabel(c: EntityRef): string {
    const parts = this.campaignParts.get(c.id);
    if (!parts) return c.name;
    const n = new Set(parts.map((p) => p.agency.id)).size;
    const count = t(this.state.lang, 'agencyCount', { n });
    return this.state.lang === 'zh' ? `${c.name}（${count}）` : `${c.name} (${count})`;
  }

  // ---------- matrix ----------

  private async enterMatrix(): Promise<void> {
    this.modePanel.dataset.testid = 'matrix-panel';
    const toggle = h('button', { type: 'button', 'data-testid': 'matrix-toggle' });
    let rows: Responsibility[] = [];
    const render = () => {
      const lang = this.state.lang;
      toggle.textContent = this.matrixShowTable ? t(lang, 'graphView') : t(lang, 'tableView');
      this.matrixView.hidden = !this.matrixShowTable || !rows.length;
      this.renderMatrix(rows);
    };
    toggle.addEventListener('click', () => {
      this.matrixShowTable = !this.matrixShowTable;
      render();
      if (!this.matrixShowTable) {
        this.graph.resize();
        this.graph.runLayout();
      }
    });
    const title = h('h2', {});
    const hint = h('p', { class: 'muted small' });
    this.modeRender = () => {
      title.textContent = t(this.state.lang, 'matrixTitle');
      hint.textContent = t(this.state.lang, 'matrixHint');
      render();
    };
    clear(this.modePanel, title, hint, toggle);
    this.modeRender();
    const res = await this.load(() => api.measureOwners(), () => void this.enterMatrix());
    if (!res.ok || this.state.mode !== 'matrix') return;
    rows = res.value;
    if (!rows.length) {
      this.showMessage('empty', t(this.state.lang, 'matrixEmpty'));
      return;
    }
    const parts = rows.map((r) => ({ campaign: r.measure, agency: r.agency, role: r.role, evidence: r.evidence }));
    // Agency → measure edges coloured by role; no single centre.
    const sub = participationsToSubgraph(parts);
    this.graph.setElements(subgraphToElements(sub));
    render();
  }

  private renderMatrix(rows: Responsibility[]): void {
    const lang = this.state.lang;
    if (!rows.length) return clear(this.matrixView);
    const m = buildMatrix(rows);
    const onCell = (cell: MatrixCell, td: HTMLElement) => {
      this.matrixView.querySelectorAll('td.selected').forEach((x) => x.classList.remove('selected'));
      td.classList.add('selected');
      this.detailsRender = () =>
        clear(
          this.details,
          h('h2', { class: 'entity-name' }, t(this.state.lang, 'cellRoles', { agency: cell.agency.name, measure: cell.measure.name })),
          h('div', { class: 'meta' }, cell.roles.map((r) => roleBadge(this.state.lang, r))),
          h('section', {}, h('h3', {}, t(this.state.lang, 'evidence')), evidenceList(this.state.lang, cell.evidence, this.evidenceHandlers())),
        );
      this.detailsRender();
    };
    clear(
      this.matrixView,
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

  // ---------- path ----------

  private async enterPath(): Promise<void> {
    this.modePanel.dataset.testid = 'path-panel';
    const hops = h('select', { 'data-testid': 'path-hops' }, [2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === 4 }, String(n))));
    const run = h('button', { type: 'button', class: 'primary', 'data-testid': 'path-run' });
    const list = h('div', { class: 'path-results', 'data-testid': 'path-results' });
    const title = h('h2', {});
    const hopsLabel = h('span', {});
    const lFrom = h('span', {});
    const lTo = h('span', {});
    let lastPaths: Path[] = [];
    const renderList = () => {
      const lang = this.state.lang;
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
                    this.graph.highlight(pathElementIds(p));
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
    this.modeRender = renderList;
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
        this.showMessage('empty', t(this.state.lang, 'pathNeedBoth'));
        return;
      }
      this.state.from = from.id;
      this.state.to = to.id;
      this.writeHash();
      const maxHops = Number(hops.value) || 4;
      lastPaths = [];
      renderList();
      const res = await this.load(() => api.paths(from.id, to.id, maxHops, 5), () => void go());
      if (!res.ok) return;
      lastPaths = [...res.value].sort((a, b) => a.length - b.length);
      if (!lastPaths.length) {
        this.graph.setElements([]);
        this.showMessage('empty', t(this.state.lang, 'pathNone', { from: from.name, to: to.name, hops: maxHops }));
        renderList();
        return;
      }
      const sub = pathsToSubgraph(lastPaths);
      this.graph.setElements(subgraphToElements(sub), from.id);
      const min = lastPaths[0]!.length;
      this.graph.highlight(lastPaths.filter((p) => p.length === min).flatMap(pathElementIds));
      renderList();
    };
    run.addEventListener('click', () => void go());
    clear(
      this.modePanel,
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
    await Promise.all([restore(this.state.from, this.pathFrom), restore(this.state.to, this.pathTo)]);
    if (this.state.mode === 'path' && this.pathFrom.chosen && this.pathTo.chosen) void go();
    else this.showMessage('empty', t(this.state.lang, 'pathNeedBoth'));
  }

  // ---------- coordination ----------

  private enterCoordination(): void {
    this.modePanel.dataset.testid = 'coordination-panel';
    const from = h('input', { type: 'text', inputmode: 'numeric', placeholder: 'YYYY / YYYY-MM-DD', 'data-testid': 'coord-from', value: this.state.dateFrom ?? '' });
    const to = h('input', { type: 'text', inputmode: 'numeric', placeholder: 'YYYY / YYYY-MM-DD', 'data-testid': 'coord-to', value: this.state.dateTo ?? '' });
    const min = h('input', { type: 'number', min: 1, max: 20, 'data-testid': 'coord-min', value: this.state.minShared ?? 1 });
    const size = h(
      'select',
      { 'data-testid': 'coord-size' },
      (['betweenness', 'degree'] as SizeBy[]).map((s) => h('option', { value: s, selected: s === this.state.sizeBy })),
    );
    const run = h('button', { type: 'button', class: 'primary', 'data-testid': 'coord-run' });
    const labels = [h('span', {}), h('span', {}), h('span', {}), h('span', {})] as const;
    const title = h('h2', {});
    const hint = h('p', { class: 'muted small' });
    const dateOk = (v: string) => !v || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v);
    const render = () => {
      const lang = this.state.lang;
      title.textContent = t(lang, 'mode.coordination');
      hint.textContent = t(lang, 'coordHint');
      labels[0].textContent = t(lang, 'coordFrom');
      labels[1].textContent = t(lang, 'coordTo');
      labels[2].textContent = t(lang, 'coordMinShared');
      labels[3].textContent = t(lang, 'coordSizeBy');
      run.textContent = t(lang, 'coordRun');
      [...size.options].forEach((o) => (o.textContent = t(lang, `sizeBy.${o.value}` as MsgKey)));
    };
    this.modeRender = render;
    const go = async () => {
      const f = from.value.trim();
      const tt = to.value.trim();
      from.classList.toggle('invalid', !dateOk(f));
      to.classList.toggle('invalid', !dateOk(tt));
      if (!dateOk(f) || !dateOk(tt)) return;
      this.state.dateFrom = f || undefined;
      this.state.dateTo = tt || undefined;
      const m = Math.max(1, Math.floor(Number(min.value) || 1));
      this.state.minShared = m;
      this.state.sizeBy = size.value as SizeBy;
      this.writeHash();
      const res = await this.load(() => api.coordination(m, f || undefined, tt || undefined), () => void go());
      if (!res.ok) return;
      this.graph.setElements(coordinationElements(res.value, this.state.sizeBy));
      if (!res.value.nodes.length) this.showMessage('empty', t(this.state.lang, 'coordEmpty'));
      else if (res.value.truncated) this.toast(t(this.state.lang, 'truncated'));
      this.renderLegend();
    };
    run.addEventListener('click', () => void go());
    size.addEventListener('change', () => void go());
    for (const i of [from, to, min]) i.addEventListener('keydown', (ev) => (ev as KeyboardEvent).key === 'Enter' && void go());
    clear(
      this.modePanel,
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

function roleBadge(lang: Lang, role: Role, short = false): HTMLElement {
  const full = t(lang, `role.${role}` as MsgKey);
  const text = short ? (lang === 'zh' ? full.slice(0, 1) : role.slice(0, 1)) : full;
  return h(
    'span',
    { class: `role-badge role-${role}`, style: `--c:${relationColor(ROLE_RELATION[role])}`, 'data-role': role, title: full },
    text,
  );
}

export { typeBadge };
