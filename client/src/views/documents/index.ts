// 文档 documents: every document with its metadata (genre in words) and counts, filtered by genre, year and author,
// sorted and paged by the server; a row opens the reader with every extracted span marked and the document's facts.
import { api } from '../../api.ts';
import { genreName, t, type Lang, type MsgKey } from '../../i18n.ts';
import { DOCUMENT_SORTS, type DocumentFacets, type DocumentSort, type DocumentSummary, type Facet } from '../../types.ts';
import { clear, h } from '../../ui/dom.ts';
import type { Shell, View } from '../view.ts';

const PAGE_SIZE = 50;
const COLUMNS: MsgKey[] = ['docTitle', 'docNumber', 'docAuthor', 'docDate', 'docGenre', 'docRegion', 'docEntities', 'docFacts'];

type FilterKey = 'docGenre' | 'docYear' | 'docAuthor';

export class DocumentsView implements View {
  private facets?: DocumentFacets;

  constructor(private shell: Shell) {}

  /** Entered from a tab or a link: the filter values are read afresh (documents may have been added since). */
  enter(): Promise<void> {
    this.facets = undefined;
    return this.show();
  }

  /** The panel and the page of the current filters, sort and offset. */
  private async show(): Promise<void> {
    const shell = this.shell;
    shell.panel.dataset.testid = 'documents-panel';
    shell.overlay.hidden = false;
    shell.showDetails(() => [h('p', { class: 'muted hint' }, t(shell.state.lang, 'docHint'))]);
    const title = h('h2', {});
    const controls = h('div', { class: 'doc-filters' });
    const summary = h('p', { class: 'muted small', 'data-testid': 'documents-count' });
    const pager = h('div', { class: 'pager' });
    clear(shell.panel, title, controls, summary, pager);
    const loaded = await shell.load(() => Promise.all([this.facets ?? api.documentFacets(), api.documents(this.query())]), () => void this.show());
    if (!loaded.ok || shell.state.mode !== 'documents') return;
    const [facets, page] = loaded.value;
    this.facets = facets;
    const render = () => {
      const lang = shell.state.lang;
      title.textContent = t(lang, 'mode.documents');
      clear(controls, this.filters(lang, facets));
      this.renderPage(lang, page.documents, page.documentCount, summary, pager);
    };
    shell.panelRender = render;
    render();
    if (shell.state.doc) shell.openDocument(shell.state.doc, undefined, true);
  }

  private query() {
    const s = this.shell.state;
    return { genre: s.docGenre, year: s.docYear, author: s.docAuthor, sort: s.docSort, offset: s.docOffset, limit: PAGE_SIZE };
  }

  /** A change of filter or sort starts at the first page. */
  private change(apply: () => void): void {
    apply();
    this.shell.state.docOffset = 0;
    this.reload();
  }

  private reload(): void {
    this.shell.writeHash();
    void this.show();
  }

  private filters(lang: Lang, facets: DocumentFacets): HTMLElement[] {
    const s = this.shell.state;
    const select = (key: FilterKey, testid: string, label: MsgKey, values: Facet[], name: (v: string) => string) =>
      h(
        'label',
        {},
        h('span', {}, t(lang, label)),
        h(
          'select',
          { 'data-testid': testid, onchange: (ev: Event) => this.change(() => (s[key] = (ev.target as HTMLSelectElement).value || undefined)) },
          h('option', { value: '' }, t(lang, 'filterAll')),
          values.map((f) => h('option', { value: f.value, selected: s[key] === f.value }, t(lang, 'facetOption', { name: name(f.value), n: f.count }))),
        ),
      );
    return [
      select('docGenre', 'documents-genre', 'docGenre', facets.genres, (v) => genreName(lang, v)),
      select('docYear', 'documents-year', 'filterYear', [...facets.years].sort((a, b) => b.value.localeCompare(a.value)), (v) => v),
      select('docAuthor', 'documents-author', 'docAuthor', facets.authors, (v) => v),
      h(
        'label',
        {},
        h('span', {}, t(lang, 'sortLabel')),
        h(
          'select',
          { 'data-testid': 'documents-sort', onchange: (ev: Event) => this.change(() => (s.docSort = (ev.target as HTMLSelectElement).value as DocumentSort)) },
          DOCUMENT_SORTS.map((v) => h('option', { value: v, selected: s.docSort === v }, t(lang, `sort.${v}` as MsgKey))),
        ),
      ),
    ];
  }

  private renderPage(lang: Lang, docs: DocumentSummary[], total: number, summary: HTMLElement, pager: HTMLElement): void {
    const s = this.shell.state;
    summary.textContent = total
      ? `${t(lang, 'docCount', { n: total })} · ${t(lang, 'docRange', { from: s.docOffset + 1, to: s.docOffset + docs.length })}`
      : t(lang, 'docNone');
    const turn = (offset: number) => () => {
      s.docOffset = Math.max(0, offset);
      this.reload();
    };
    clear(
      pager,
      h('button', { type: 'button', 'data-testid': 'documents-prev', disabled: s.docOffset === 0, onclick: turn(s.docOffset - PAGE_SIZE) }, t(lang, 'prevPage')),
      h('button', { type: 'button', 'data-testid': 'documents-next', disabled: s.docOffset + docs.length >= total, onclick: turn(s.docOffset + PAGE_SIZE) }, t(lang, 'nextPage')),
    );
    clear(
      this.shell.overlay,
      h(
        'table',
        { class: 'documents-table', 'data-testid': 'documents-table' },
        h('thead', {}, h('tr', {}, COLUMNS.map((c) => h('th', {}, t(lang, c))))),
        h('tbody', {}, docs.map((d) => this.row(lang, d))),
      ),
    );
  }

  private row(lang: Lang, d: DocumentSummary): HTMLElement {
    const open = () => {
      this.shell.state.doc = d.id;
      this.shell.writeHash();
      this.shell.openDocument(d.id, undefined, true);
    };
    return h(
      'tr',
      { 'data-testid': 'document-row', 'data-doc': d.id, 'data-genre': d.genre ?? '' },
      h('td', {}, h('button', { type: 'button', class: 'doc-link', 'data-testid': 'document-open', onclick: open }, d.title || d.source)),
      h('td', {}, d.number ?? ''),
      h('td', {}, d.author ?? ''),
      h('td', { class: 'nowrap' }, d.date ?? ''),
      h('td', { 'data-testid': 'document-genre' }, genreName(lang, d.genre)),
      h('td', { class: 'nowrap' }, d.region ?? ''),
      h('td', { class: 'num' }, d.entityCount),
      h('td', { class: 'num' }, d.factCount),
    );
  }
}
