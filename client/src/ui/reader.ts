// The document reader: full text with its metadata (genre in words), every extracted span on demand, the facts the
// document states; a quote, a mention or a fact highlights its stretch of text and scrolls to it.
import { ApiError } from '../graphqlRequest.ts';
import { relationColor, typeColor } from '../graphStyle.ts';
import { errorMessage, genreName, t, typeName, type Lang } from '../i18n.ts';
import { locateQuote, segmentText } from '../segmentText.ts';
import type { DocumentFact, DocumentFull } from '../types.ts';
import { clear, h } from './dom.ts';
import { quoteWithSpan } from './panels.ts';

/** Where to open: a quote (found near its offsets), or a bare range (a mention) when `quote` is empty. */
export interface ReaderFocus {
  quote: string;
  start: number;
  end: number;
}

export class DocumentReader {
  readonly root: HTMLDivElement;
  private body: HTMLDivElement;
  private header: HTMLDivElement;
  private facts: HTMLDetailsElement;
  private toggle: HTMLInputElement;
  private toggleLabel: HTMLSpanElement;
  private titleEl: HTMLHeadingElement;
  private closeBtn: HTMLButtonElement;
  private cache = new Map<string, DocumentFull>();
  private current?: { doc: DocumentFull; focus: { start: number; end: number } | null };
  private seq = 0;

  constructor(
    private lang: () => Lang,
    private load: (id: string) => Promise<DocumentFull | null>,
    private onClose: () => void = () => {},
  ) {
    this.titleEl = h('h2', { id: 'reader-title' });
    this.toggle = h('input', { type: 'checkbox', 'data-testid': 'reader-spans-toggle' });
    this.toggleLabel = h('span', {});
    this.closeBtn = h('button', { type: 'button', class: 'close', 'data-testid': 'reader-close', onclick: () => this.close() }, '×');
    this.header = h('div', { class: 'reader-meta', 'data-testid': 'reader-meta' });
    this.facts = h('details', { class: 'reader-facts', 'data-testid': 'reader-facts' });
    this.body = h('div', { class: 'reader-text', 'data-testid': 'reader-text', tabindex: 0 });
    this.root = h(
      'div',
      { class: 'reader-backdrop', hidden: true, onclick: (ev: Event) => ev.target === this.root && this.close() },
      h(
        'div',
        { class: 'reader', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'reader-title', 'data-testid': 'document-reader' },
        h('div', { class: 'reader-top' }, this.titleEl, this.closeBtn),
        this.header,
        this.facts,
        h('label', { class: 'toggle' }, this.toggle, this.toggleLabel),
        this.body,
      ),
    );
    this.toggle.addEventListener('change', () => this.renderText(false));
    document.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape' && !this.root.hidden) this.close();
    });
    this.relabel();
  }

  relabel(): void {
    const lang = this.lang();
    this.toggleLabel.textContent = t(lang, 'showSpans');
    this.closeBtn.title = t(lang, 'close');
    if (this.root.hidden || !this.current) return;
    this.renderMeta();
    this.renderText(false);
  }

  get openId(): string | undefined {
    return this.root.hidden ? undefined : this.current?.doc.id;
  }

  /** Opens a document; `study`: every extracted span marked and the facts listed (the documents view opens it so). */
  async open(docId: string, at?: ReaderFocus, study?: boolean): Promise<void> {
    const lang = this.lang();
    const seq = ++this.seq;
    this.root.hidden = false;
    if (study !== undefined) this.toggle.checked = this.facts.open = study;
    this.titleEl.textContent = t(lang, 'reader');
    clear(this.header);
    clear(this.facts);
    clear(this.body, h('p', { class: 'muted', role: 'status' }, t(lang, 'docLoading')));
    try {
      const doc = this.cache.get(docId) ?? (await this.fetch(docId));
      if (seq !== this.seq) return;
      if (!doc) {
        clear(this.body, h('p', { class: 'error', role: 'alert' }, t(lang, 'docMissing', { id: docId })));
        return;
      }
      this.current = { doc, focus: at ? focusOf(doc.text, at) : null };
      this.renderMeta();
      this.renderText(true);
    } catch (e) {
      if (seq !== this.seq) return;
      const err = e instanceof ApiError ? e : new ApiError('network', String(e));
      clear(this.body, h('p', { class: 'error', role: 'alert' }, errorMessage(lang, err.kind, err.message, err.code)));
    }
  }

  private async fetch(docId: string): Promise<DocumentFull | null> {
    const loaded = await this.load(docId);
    if (loaded) this.cache.set(docId, loaded);
    return loaded;
  }

  /** Title, the metadata chips (genre in words) and the list of facts. */
  private renderMeta(): void {
    const { doc } = this.current!;
    const lang = this.lang();
    this.titleEl.textContent = doc.title || doc.source || doc.id;
    const chips = [doc.author, doc.number, doc.date, genreName(lang, doc.genre), doc.region].filter(Boolean);
    clear(this.header, chips.map((v) => h('span', { class: 'chip' }, String(v))));
    const open = this.facts.open;
    clear(
      this.facts,
      h('summary', {}, t(lang, 'factsTitle', { n: doc.facts.length })),
      doc.facts.length
        ? h('ol', { class: 'fact-list' }, doc.facts.map((f) => this.factItem(lang, f)))
        : h('p', { class: 'muted' }, t(lang, 'noFacts')),
    );
    this.facts.open = open;
  }

  private factItem(lang: Lang, f: DocumentFact): HTMLElement {
    return h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'fact',
          'data-testid': 'reader-fact',
          'data-type': f.type,
          'data-start': f.evidence.start,
          'data-end': f.evidence.end,
          onclick: () => this.focusOn(f.evidence),
        },
        h('span', { class: 'rel-type', style: `background:${relationColor(f.type)}` }, typeName(lang, f.type)),
        h('span', { class: 'fact-ends' }, `${f.source.name} → ${f.target.name}`),
        h('span', { class: 'fact-quote' }, ...quoteWithSpan(f.evidence)),
      ),
    );
  }

  /** Highlights a stretch of the open document and scrolls to it. */
  private focusOn(at: ReaderFocus): void {
    if (!this.current) return;
    this.current.focus = focusOf(this.current.doc.text, at);
    this.renderText(true);
  }

  private renderText(scroll: boolean): void {
    if (!this.current) return;
    const { doc, focus } = this.current;
    const segs = segmentText(doc.text, this.toggle.checked ? doc.spans : [], focus ?? undefined);
    const lang = this.lang();
    const frag = document.createDocumentFragment();
    let first: HTMLElement | null = null;
    for (const s of segs) {
      if (!s.focus && !s.kinds.length) {
        frag.appendChild(document.createTextNode(s.text));
        continue;
      }
      const el = h(s.focus ? 'mark' : 'span', {
        class: [s.focus ? 'focus' : '', ...s.kinds.map((k) => `span kind-${k.replace(/[^\w-]/g, '')}`)].filter(Boolean).join(' '),
        'data-testid': s.focus ? 'reader-highlight' : 'reader-span',
        'data-kind': s.kinds.join(' ') || undefined,
        title: s.kinds.length ? s.kinds.map((k) => typeName(lang, k)).join(', ') + (s.labels.length ? ' — ' + s.labels.join('; ') : '') : undefined,
        style: s.kinds.length ? `--c:${kindColor(s.kinds[0]!)}` : undefined,
      });
      el.textContent = s.text;
      if (s.focus && !first) first = el;
      frag.appendChild(el);
    }
    this.body.replaceChildren(frag);
    if (scroll && first) {
      const target = first;
      requestAnimationFrame(() => target.scrollIntoView({ block: 'center' }));
    }
  }

  close(): void {
    const wasOpen = !this.root.hidden;
    this.root.hidden = true;
    this.seq++;
    if (wasOpen) this.onClose();
  }
}

/** A quote is looked for near its offsets; a bare range (a mention) is taken as it is when it lies in the text. */
function focusOf(text: string, at: ReaderFocus): { start: number; end: number } | null {
  if (at.quote) return locateQuote(text, at.quote, at.start, at.end);
  return at.start >= 0 && at.end <= text.length && at.end > at.start ? { start: at.start, end: at.end } : null;
}

function kindColor(kind: string): string {
  const c = typeColor(kind);
  return c === '#64748b' ? relationColor(kind) : c;
}
