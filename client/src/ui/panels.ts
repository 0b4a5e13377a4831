// Details panel pieces and the document reader.
import { ApiError } from '../graphqlRequest.ts';
import { relationColor, shapeSwatchSvg, typeColor, typeShape } from '../graphStyle.ts';
import { errorMessage, t, typeName, type Lang, type MsgKey } from '../i18n.ts';
import { locateQuote, segmentText } from '../segmentText.ts';
import { ROLE_RELATION } from '../toElements.ts';
import type { DocumentFull, Entity, EntityRef, Evidence, Relation, Role } from '../types.ts';
import { clear, h } from './dom.ts';

export interface EvidenceHandlers {
  onQuote(ev: Evidence): void;
  onEntity?(ref: EntityRef): void;
}

export function typeBadge(lang: Lang, type: string): HTMLElement {
  return h(
    'span',
    { class: 'type-badge', style: `--c:${typeColor(type)}` },
    h('span', { class: 'swatch', html: shapeSwatchSvg(typeShape(type), typeColor(type), 12) }),
    typeName(lang, type),
  );
}

/** The sentence in quotes with the span that proves the fact marked inside it. */
function quoteWithSpan(ev: Evidence): (string | HTMLElement)[] {
  const from = (ev.spanStart ?? ev.start) - ev.start;
  const to = (ev.spanEnd ?? ev.end) - ev.start;
  if (ev.spanStart == null || from < 0 || to > ev.quote.length || to <= from) return [`“${ev.quote}”`];
  return [`“${ev.quote.slice(0, from)}`, h('mark', { class: 'proof', 'data-testid': 'evidence-span' }, ev.quote.slice(from, to)), `${ev.quote.slice(to)}”`];
}

export function evidenceList(lang: Lang, evidence: Evidence[], handlers: EvidenceHandlers): HTMLElement {
  if (!evidence.length) return h('p', { class: 'muted' }, t(lang, 'noEvidence'));
  return h(
    'ul',
    { class: 'evidence' },
    evidence.map((ev) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            class: 'quote',
            type: 'button',
            'data-testid': 'evidence-quote',
            'data-doc': ev.document.id,
            'data-start': ev.start,
            'data-end': ev.end,
            title: t(lang, 'openDoc'),
            onclick: () => handlers.onQuote(ev),
          },
          ...quoteWithSpan(ev),
        ),
        h('span', { class: 'cite' }, [ev.document.title ?? ev.document.id, ev.document.date].filter(Boolean).join(' · ')),
        ev.rule ? h('span', { class: 'rule', 'data-testid': 'evidence-rule', title: t(lang, 'ruleHint') }, ev.rule) : null,
      ),
    ),
  );
}

function entityLink(ref: EntityRef, handlers: EvidenceHandlers): HTMLElement {
  return h(
    'button',
    { class: 'entity-link', type: 'button', 'data-id': ref.id, onclick: () => handlers.onEntity?.(ref) },
    h('span', { class: 'swatch', html: shapeSwatchSvg(typeShape(ref.type), typeColor(ref.type), 12) }),
    ref.name,
  );
}

/**
 * A relation's first quotes, and a button for the rest when there are more: an entity answers with a few quotes
 * per relation, so a hub's first question stays small.
 */
function relationEvidence(lang: Lang, r: Relation, handlers: EvidenceHandlers, more?: (relationId: string) => Promise<Evidence[]>): HTMLElement {
  const box = h('div', {}, evidenceList(lang, r.evidence, handlers));
  if (more && r.evidenceCount > r.evidence.length) {
    const btn = h('button', { type: 'button', class: 'more-evidence', 'data-testid': 'more-evidence' }, t(lang, 'moreEvidence', { n: r.evidenceCount }));
    btn.addEventListener('click', async () => {
      btn.disabled = true;
      clear(box, evidenceList(lang, await more(r.id).catch(() => r.evidence), handlers));
    });
    box.append(btn);
  }
  return box;
}

export function renderEntityDetails(
  lang: Lang,
  e: Entity,
  handlers: EvidenceHandlers & { onExpand?(): void; onFocus?(): void; moreEvidence?(relationId: string): Promise<Evidence[]> },
): (HTMLElement | null)[] {
  const rels = e.relations ?? [];
  const groups = new Map<string, Relation[]>();
  for (const r of rels) {
    const l = groups.get(r.type) ?? [];
    l.push(r);
    groups.set(r.type, l);
  }
  return [
    h('h2', { class: 'entity-name', 'data-testid': 'details-name' }, e.name),
    h(
      'div',
      { class: 'meta' },
      typeBadge(lang, e.type),
      h('span', { class: 'muted' }, t(lang, 'mentions', { n: e.mentionCount })),
    ),
    h(
      'div',
      { class: 'actions' },
      handlers.onFocus ? h('button', { type: 'button', 'data-testid': 'details-focus', onclick: () => handlers.onFocus?.() }, t(lang, 'focus')) : null,
      handlers.onExpand ? h('button', { type: 'button', 'data-testid': 'details-expand', onclick: () => handlers.onExpand?.() }, t(lang, 'expand')) : null,
    ),
    e.aliases.length
      ? h('section', {}, h('h3', {}, t(lang, 'aliases')), h('p', { class: 'aliases' }, e.aliases.map((a) => h('span', { class: 'chip' }, a))))
      : null,
    e.properties.length
      ? h(
          'section',
          {},
          h('h3', {}, t(lang, 'properties')),
          h('dl', { class: 'props' }, e.properties.map((p) => [h('dt', {}, p.key), h('dd', {}, p.value)])),
        )
      : null,
    h(
      'section',
      { 'data-testid': 'details-relations' },
      h('h3', {}, `${t(lang, 'relations')} (${rels.length})`),
      rels.length ? null : h('p', { class: 'muted' }, t(lang, 'noRelations')),
      [...groups.entries()].map(([type, list]) =>
        h(
          'details',
          { class: 'rel-group', open: true, 'data-rel-type': type },
          h(
            'summary',
            {},
            h('span', { class: 'rel-dot', style: `background:${relationColor(type)}` }),
            `${typeName(lang, type)} (${list.length})`,
          ),
          h(
            'ul',
            { class: 'relations' },
            list.map((r) =>
              h(
                'li',
                { 'data-testid': 'relation-item' },
                h('div', { class: 'rel-head' }, h('span', { class: 'dir' }, r.direction === 'IN' ? '←' : '→'), entityLink(r.other, handlers)),
                relationEvidence(lang, r, handlers, handlers.moreEvidence),
              ),
            ),
          ),
        ),
      ),
    ),
  ];
}

export interface EdgeInfo {
  type: string;
  source: EntityRef;
  target: EntityRef;
  weight: number;
  shared: EntityRef[];
  evidence: Evidence[];
}

export function renderEdgeDetails(lang: Lang, e: EdgeInfo, handlers: EvidenceHandlers): (HTMLElement | null)[] {
  return [
    h('h2', { class: 'entity-name' }, t(lang, 'edgeEvidence')),
    h(
      'div',
      { class: 'rel-head edge-head', 'data-testid': 'edge-details' },
      entityLink(e.source, handlers),
      h('span', { class: 'rel-type', style: `background:${relationColor(e.type)}` }, typeName(lang, e.type)),
      entityLink(e.target, handlers),
    ),
    h('p', { class: 'muted' }, `${t(lang, 'weight')}: ${e.weight}`),
    e.shared.length
      ? h('section', {}, h('h3', {}, t(lang, 'shared')), h('div', { class: 'shared' }, e.shared.map((s) => entityLink(s, handlers))))
      : null,
    h('section', {}, h('h3', {}, t(lang, 'evidence')), evidenceList(lang, e.evidence, handlers)),
  ];
}

/** The document reader: full text, the quoted sentence highlighted and scrolled into view. */
export class DocumentReader {
  readonly root: HTMLDivElement;
  private body: HTMLDivElement;
  private header: HTMLDivElement;
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
  ) {
    this.titleEl = h('h2', { id: 'reader-title' });
    this.toggle = h('input', { type: 'checkbox', 'data-testid': 'reader-spans-toggle' });
    this.toggleLabel = h('span', {});
    this.closeBtn = h('button', { type: 'button', class: 'close', 'data-testid': 'reader-close', onclick: () => this.close() }, '×');
    this.header = h('div', { class: 'reader-meta' });
    this.body = h('div', { class: 'reader-text', 'data-testid': 'reader-text', tabindex: 0 });
    this.root = h(
      'div',
      { class: 'reader-backdrop', hidden: true, onclick: (ev: Event) => ev.target === this.root && this.close() },
      h(
        'div',
        { class: 'reader', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'reader-title', 'data-testid': 'document-reader' },
        h('div', { class: 'reader-top' }, this.titleEl, this.closeBtn),
        this.header,
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
    if (this.root.hidden) return;
    if (this.current) this.renderText(false);
  }

  async open(docId: string, ev?: { quote: string; start: number; end: number }): Promise<void> {
    const lang = this.lang();
    const seq = ++this.seq;
    this.root.hidden = false;
    this.titleEl.textContent = t(lang, 'reader');
    clear(this.header);
    clear(this.body, h('p', { class: 'muted', role: 'status' }, t(lang, 'docLoading')));
    try {
      let doc = this.cache.get(docId);
      if (!doc) {
        const loaded = await this.load(docId);
        if (loaded) this.cache.set(docId, loaded);
        doc = loaded ?? undefined;
      }
      if (seq !== this.seq) return;
      if (!doc) {
        clear(this.body, h('p', { class: 'error', role: 'alert' }, t(lang, 'docMissing', { id: docId })));
        return;
      }
      const focus = ev ? locateQuote(doc.text, ev.quote, ev.start, ev.end) : null;
      this.current = { doc, focus };
      this.titleEl.textContent = doc.title || doc.source || doc.id;
      clear(
        this.header,
        [doc.author, doc.number, doc.date, doc.genre].filter(Boolean).map((v) => h('span', { class: 'chip' }, String(v))),
      );
      this.renderText(true);
    } catch (e) {
      if (seq !== this.seq) return;
      const err = e instanceof ApiError ? e : new ApiError('network', String(e));
      clear(this.body, h('p', { class: 'error', role: 'alert' }, errorMessage(lang, err.kind, err.message)));
    }
  }

  private renderText(scroll: boolean): void {
    if (!this.current) return;
    const { doc, focus } = this.current;
    const showSpans = this.toggle.checked;
    const segs = segmentText(doc.text, showSpans ? doc.spans : [], focus ?? undefined);
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
    this.root.hidden = true;
    this.seq++;
  }
}

function kindColor(kind: string): string {
  const c = typeColor(kind);
  return c === '#64748b' ? relationColor(kind) : c;
}

/** A role (lead, co-handler, supervisor, participant) as a badge in its relation's colour; `short`: one letter. */
export function roleBadge(lang: Lang, role: Role, short = false): HTMLElement {
  const full = t(lang, `role.${role}` as MsgKey);
  const text = short ? (lang === 'zh' ? full.slice(0, 1) : role.slice(0, 1)) : full;
  return h(
    'span',
    { class: `role-badge role-${role}`, style: `--c:${relationColor(ROLE_RELATION[role])}`, 'data-role': role, title: full },
    text,
  );
}
