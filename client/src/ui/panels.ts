// Details panel pieces: entity and edge details, evidence lists, badges.
import { DOCUMENTS_PER_ENTITY } from '../api.ts';
import { relationColor, shapeSwatchSvg, typeColor, typeShape } from '../graphStyle.ts';
import { t, typeName, type Lang, type MsgKey } from '../i18n.ts';
import { displayQuote } from '../segmentText.ts';
import { ROLE_RELATION } from '../toElements.ts';
import type { Entity, EntityRef, Evidence, Mentioning, Relation, Role } from '../types.ts';
import { clear, h } from './dom.ts';

export interface EvidenceHandlers {
  onQuote(ev: Evidence): void;
  onEntity?(ref: EntityRef): void;
  /** Opens the document at the entity's first mention there. */
  onMention?(m: Mentioning): void;
}

export function typeBadge(lang: Lang, type: string): HTMLElement {
  return h(
    'span',
    { class: 'type-badge', style: `--c:${typeColor(type)}` },
    h('span', { class: 'swatch', html: shapeSwatchSvg(typeShape(type), typeColor(type), 12) }),
    typeName(lang, type),
  );
}

/** The sentence in quotes with the span that proves the fact marked inside it (a source's line wraps joined). */
export function quoteWithSpan(ev: Evidence): (string | HTMLElement)[] {
  const from = (ev.spanStart ?? ev.start) - ev.start;
  const to = (ev.spanEnd ?? ev.end) - ev.start;
  const q = ev.quote;
  if (ev.spanStart == null || from < 0 || to > q.length || to <= from) return [`“${displayQuote(q)}”`];
  return [
    `“${displayQuote(q.slice(0, from))}`,
    h('mark', { class: 'proof', 'data-testid': 'evidence-span' }, displayQuote(q.slice(from, to))),
    `${displayQuote(q.slice(to))}”`,
  ];
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
 * A fact's first quotes, and a button for the rest when there are more: an entity or a campaign answers with a few
 * quotes per fact, so a hub's first question stays small.
 */
export function factEvidence(lang: Lang, r: { id?: string; evidence: Evidence[]; evidenceCount?: number }, handlers: EvidenceHandlers, more?: (factId: string) => Promise<Evidence[]>): HTMLElement {
  const box = h('div', {}, evidenceList(lang, r.evidence, handlers));
  if (more && r.id && (r.evidenceCount ?? 0) > r.evidence.length) {
    const btn = h('button', { type: 'button', class: 'more-evidence', 'data-testid': 'more-evidence' }, t(lang, 'moreEvidence', { n: r.evidenceCount ?? 0 }));
    btn.addEventListener('click', async () => {
      btn.disabled = true;
      clear(box, evidenceList(lang, await more(r.id!).catch(() => r.evidence), handlers));
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
    mentioningDocuments(lang, e.documents ?? [], handlers),
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
                factEvidence(lang, r, handlers, handlers.moreEvidence),
              ),
            ),
          ),
        ),
      ),
    ),
  ];
}

/** The documents naming the entity (title, date, how often), each opening the reader at its first mention. */
function mentioningDocuments(lang: Lang, docs: Mentioning[], handlers: EvidenceHandlers): HTMLElement | null {
  if (!docs.length) return null;
  return h(
    'section',
    { 'data-testid': 'details-documents' },
    // a full list may be cut: then it says which part it is
    h('h3', {}, t(lang, docs.length >= DOCUMENTS_PER_ENTITY ? 'mentionedInNewest' : 'mentionedIn', { n: docs.length })),
    h(
      'ul',
      { class: 'mentioning' },
      docs.map((m) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'doc-link', 'data-testid': 'mentioning-doc', 'data-doc': m.document.id, title: t(lang, 'openDoc'), onclick: () => handlers.onMention?.(m) },
            m.document.title ?? m.document.id,
          ),
          h('span', { class: 'cite' }, [m.document.date, t(lang, 'mentionTimes', { n: m.count })].filter(Boolean).join(' · ')),
        ),
      ),
    ),
  );
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
