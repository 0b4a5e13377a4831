// The explorer's shell: header (title, statistics, search, mode tabs, language), toolbar, URL state, messages,
// the details panel and the legend. Each mode is a view under views/<name>/ (see views/view.ts); adding one means
// adding its folder and a line in `views` below (plus its name in urlState.ts MODES and i18n).
import type { EdgeSingular } from 'cytoscape';
import { api } from '../api.ts';
import { t, type MsgKey } from '../i18n.ts';
import type { EntityRef, Evidence, SearchHit } from '../types.ts';
import { decodeState, encodeState, LAYOUTS, MODES, type LayoutName, type Mode, type ViewState } from '../urlState.ts';
import { CampaignView } from '../views/campaign/index.ts';
import { DocumentsView } from '../views/documents/index.ts';
import { ExploreView } from '../views/explore/index.ts';
import { MatrixView } from '../views/matrix/index.ts';
import { NetworkView } from '../views/network/index.ts';
import { PathsView } from '../views/paths/index.ts';
import type { Shell, View } from '../views/view.ts';
import { clear, h, type Child } from './dom.ts';
import { exportMenu } from './exportMenu.ts';
import { GraphView } from './graphView.ts';
import { Legend } from './legend.ts';
import { Messages, type Loaded, type MessageKind } from './messages.ts';
import { renderEdgeDetails, renderEntityDetails, type EvidenceHandlers } from './panels.ts';
import { DocumentReader, type ReaderFocus } from './reader.ts';
import { SearchBox } from './searchBox.ts';
import { Stats } from './stats.ts';
import { Uploader } from './uploader.ts';

/** The breakpoint at which styles.css stacks the panel under the graph. */
const NARROW_SCREEN = '(max-width: 800px)';

type Labelled = { el: HTMLElement; key: MsgKey; attr?: 'title' | 'placeholder' | 'aria-label' };

export class App implements Shell {
  state: ViewState;
  graph!: GraphView;
  readonly search: SearchBox;
  panel!: HTMLDivElement;
  overlay!: HTMLDivElement;
  selectedId?: string;
  panelRender?: () => void;
  private views: Record<Mode, View>;
  private explore: ExploreView;
  private reader: DocumentReader;
  private legend!: Legend;
  private labelled: Labelled[] = [];
  private root: HTMLElement;
  private modeTabs = new Map<Mode, HTMLButtonElement>();
  private layoutSelect!: HTMLSelectElement;
  private undoBtn!: HTMLButtonElement;
  private langBtn!: HTMLButtonElement;
  private stats: Stats;
  /** Upload in the browser; after a load the statistics and the current view are asked again. */
  private uploader = new Uploader(() => this.state.lang, () => (void this.stats.load(), this.enterMode()));
  private details!: HTMLDivElement;
  private messages = new Messages(() => this.state.lang);
  /** Re-renders the details panel (language switch). */
  private detailsRender?: () => void;
  private writtenHash = '';

  constructor(root: HTMLElement) {
    this.root = root;
    this.state = decodeState(location.hash);
    this.search = new SearchBox({
      testid: 'search-input',
      lang: () => this.state.lang,
      placeholder: () => t(this.state.lang, 'searchPlaceholder'),
      search: (text: string, types: SearchHit['type'][] | undefined, signal: AbortSignal) => api.search(text, types, 12, signal),
      onChoose: (hit) => this.openEntity(hit.id),
    });
    this.explore = new ExploreView(this);
    this.views = {
      explore: this.explore,
      documents: new DocumentsView(this),
      campaign: new CampaignView(this),
      matrix: new MatrixView(this),
      path: new PathsView(this),
      coordination: new NetworkView(this),
    };
    this.stats = new Stats(() => this.state.lang, (e) => this.errorText(e), () => this.enterMode());
    this.reader = new DocumentReader(() => this.state.lang, (id) => api.document(id), () => this.readerClosed());
    this.build();
    const fromUrl = () => {
      if (location.hash === this.writtenHash) return;
      this.writtenHash = location.hash;
      this.state = decodeState(location.hash);
      // Back from a document the URL named (documents view) closes it; so does Back past one a quote opened
      if (this.reader.openId !== undefined && this.reader.openId !== this.state.doc) this.reader.close();
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
    const header = h(
      'header',
      { class: 'topbar' },
      h('div', { class: 'brand' }, this.label(h('h1', {}), 'appTitle'), this.stats.line),
      this.search.root,
      tabs,
      this.uploader.button,
      this.langBtn,
    );

    this.layoutSelect = h(
      'select',
      { 'data-testid': 'layout-select', onchange: () => this.setLayout(this.layoutSelect.value as LayoutName) },
      LAYOUTS.map((l) => this.label(h('option', { value: l }), `layout.${l}` as MsgKey)),
    );
    const btn = (testid: string, key: MsgKey, text: string, onclick: () => void) =>
      this.label(h('button', { type: 'button', 'data-testid': testid, onclick }, text), key, 'title');
    this.undoBtn = btn('undo', 'undo', '↶', () => this.explore.undo());
    this.undoBtn.disabled = true;
    const toolbar = h(
      'div',
      { class: 'toolbar', role: 'toolbar' },
      h('label', { class: 'layout graph-only' }, this.label(h('span', {}), 'layout.label'), this.layoutSelect),
      h(
        'div',
        { class: 'group graph-only' },
        btn('fit', 'fit', '⤢', () => this.graph.fit()),
        btn('zoom-in', 'zoomIn', '+', () => this.graph.zoomBy(1.25)),
        btn('zoom-out', 'zoomOut', '−', () => this.graph.zoomBy(0.8)),
      ),
      h(
        'div',
        { class: 'group graph-only' },
        this.label(h('button', { type: 'button', 'data-testid': 'expand', onclick: () => this.explore.expandSelected() }), 'expand'),
        this.label(h('button', { type: 'button', 'data-testid': 'collapse', onclick: () => this.explore.collapseSelected() }), 'collapse'),
        this.undoBtn,
      ),
      exportMenu({
        label: (el, key) => this.label(el, key),
        graph: () => this.graph,
        title: () => t(this.state.lang, 'appTitle'),
        fileName: (ext) => `反诈治理图谱-${this.state.mode}-${new Date().toISOString().slice(0, 10)}.${ext}`,
        nothing: () => this.toast(t(this.state.lang, 'nothingToExport')),
      }),
      this.label(h('button', { type: 'button', 'data-testid': 'copy-link', onclick: () => this.copyLink() }), 'copyLink'),
    );

    const cyEl = h('div', { class: 'cy', 'data-testid': 'graph' });
    this.overlay = h('div', { class: 'matrix-view', 'data-testid': 'matrix-view', hidden: true });
    this.panel = h('div', { class: 'mode-panel' });
    this.details = h('div', { class: 'details', 'data-testid': 'details-panel', 'aria-live': 'polite' });
    const side = h('aside', { class: 'side', 'data-testid': 'side-panel' }, this.panel, this.details);
    this.legend = new Legend(() => this.graph.cy, () => this.state, (key, value) => this.toggleHidden(key, value));
    const graphBox = h('section', { class: 'graph-area' }, cyEl, this.legend.root, this.messages.box, this.overlay);
    clear(this.root, header, this.stats.banner, toolbar, h('main', { class: 'main' }, graphBox, side), this.reader.root, this.messages.toastEl, this.uploader.panel);

    this.graph = new GraphView(cyEl, {
      onNodeTap: (id) => {
        this.selectedId = id;
        // Revealed once rendered: while it only says "loading" the page may be too short to scroll to it.
        void this.showEntity(id).then(() => this.revealDetails());
      },
      onEdgeTap: (edge) => {
        if (!this.views[this.state.mode].onEdgeTap?.(edge)) this.showEdge(edge);
        this.revealDetails();
      },
      onNodeDoubleTap: (id) => {
        this.selectedId = id;
        void this.explore.expand(id);
      },
      onBackgroundTap: () => {
        this.selectedId = undefined;
      },
      onUndoChange: (can) => {
        this.undoBtn.disabled = !can;
      },
    });
    this.graph.cy.on('add remove', () => this.legend.schedule());
  }

  async start(): Promise<void> {
    this.relabel();
    void this.stats.load();
    void this.uploader.init(this.root);
    this.enterMode();
  }

  // ---------- language, legend, messages ----------

  private toggleLang(): void {
    this.state.lang = this.state.lang === 'zh' ? 'en' : 'zh';
    this.writeHash();
    this.relabel();
    this.detailsRender?.();
    this.panelRender?.();
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
    for (const view of Object.values(this.views)) view.relabel?.();
    this.reader.relabel();
    this.uploader.relabel();
    this.layoutSelect.value = this.state.layout;
    for (const [m, b] of this.modeTabs) b.setAttribute('aria-selected', m === this.state.mode ? 'true' : 'false');
    this.stats.render();
    this.renderLegend();
    if (!this.detailsRender) this.detailsHint();
  }

  renderLegend(): void {
    this.legend.render();
  }

  private toggleHidden(key: 'hidden' | 'hiddenRel', value: string): void {
    const list = this.state[key];
    this.state[key] = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
    this.graph.setHidden(this.state.hidden, this.state.hiddenRel);
    this.renderLegend();
    this.writeHash();
  }

  get messageBox(): HTMLDivElement {
    return this.messages.box;
  }

  showMessage(kind: MessageKind, text = '', retry?: () => void): void {
    this.messages.show(kind, text, retry);
  }

  toast(text: string): void {
    this.messages.toast(text);
  }

  errorText(e: unknown): string {
    return this.messages.errorText(e);
  }

  load<T>(fn: () => Promise<T>, retry: () => void): Promise<Loaded<T>> {
    return this.messages.load(fn, retry);
  }

  // ---------- state and modes ----------

  /** Put the state in the URL; `push` makes a history entry (a new focus or mode) so Back returns to it. */
  writeHash(push = false): void {
    const hash = encodeState(this.state);
    if (location.hash === hash) return;
    const prevMode = decodeState(this.writtenHash || location.hash);
    this.writtenHash = hash;
    // A new focus is a new view, the first one too: Back from it returns to the empty explorer, not out of the app.
    const newView = push || prevMode.mode !== this.state.mode || (this.state.mode === 'explore' && prevMode.focus !== this.state.focus && !!this.state.focus);
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

  /** Explore mode focused on an entity (a search hit, an entity link, the details panel's focus button). */
  private openEntity(id: string): void {
    this.setMode('explore', false);
    void this.explore.focusEntity(id);
  }

  private prepareMode(): void {
    const mode = this.state.mode;
    this.root.dataset.mode = mode;
    this.messages.invalidate();
    this.overlay.hidden = true;
    this.graph.setElements([]);
    this.graph.setHidden(this.state.hidden, this.state.hiddenRel);
    this.graph.layoutName = this.state.layout;
    this.showMessage(null);
    this.detailsRender = undefined;
    this.detailsHint();
    this.panelRender = undefined;
    clear(this.panel);
    this.panel.removeAttribute('data-testid');
    this.renderLegend();
  }

  private enterMode(): void {
    for (const [m, b] of this.modeTabs) b.setAttribute('aria-selected', m === this.state.mode ? 'true' : 'false');
    this.prepareMode();
    this.writeHash();
    void this.views[this.state.mode].enter();
  }

  // ---------- details ----------

  detailsHint(): void {
    clear(this.details, h('p', { class: 'muted hint' }, t(this.state.lang, 'clickNode')));
  }

  showDetails(build: () => Child[]): void {
    this.detailsRender = () => clear(this.details, ...build());
    this.detailsRender();
  }

  evidenceHandlers(): EvidenceHandlers {
    return {
      onQuote: (ev: Evidence) => void this.reader.open(ev.document.id, ev),
      onEntity: (ref: EntityRef) => this.openEntity(ref.id),
      onMention: (m) => void this.reader.open(m.document.id, { quote: '', start: m.start, end: m.end }),
    };
  }

  openDocument(id: string, at?: ReaderFocus, study?: boolean): void {
    void this.reader.open(id, at, study);
  }

  /** The documents view keeps the open document in the URL; closing the reader takes it out. */
  private readerClosed(): void {
    if (this.state.mode !== 'documents' || !this.state.doc) return;
    this.state.doc = undefined;
    this.writeHash();
  }

  /** On a narrow screen the panel sits below the graph: bring it into view after a tap. */
  private revealDetails(): void {
    if (window.matchMedia(NARROW_SCREEN).matches) this.details.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  async showEntity(id: string): Promise<void> {
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
    this.showDetails(() => [
      renderEntityDetails(this.state.lang, ent, {
        ...this.evidenceHandlers(),
        onExpand: () => void this.explore.expand(ent.id),
        moreEvidence: (relationId) => api.factEvidence(relationId),
        onFocus: this.state.mode === 'explore' && this.graph.focusId === ent.id ? undefined : () => this.openEntity(ent.id),
      }),
    ]);
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
    this.showDetails(() => [renderEdgeDetails(this.state.lang, info, this.evidenceHandlers())]);
  }
}
