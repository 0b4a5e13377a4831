// A coordination tie's provenance in the details panel: each item the two agencies share (campaign, measure,
// proposal, meeting, co-issued document, supervision) with the quotes that put each agency there; a quote opens
// the document reader.
import { t, typeName, type Lang, type MsgKey } from '../../i18n.ts';
import type { CoordinationTie, EntityRef, SharedItem } from '../../types.ts';
import { h } from '../../ui/dom.ts';
import { evidenceList, typeBadge, type EvidenceHandlers } from '../../ui/panels.ts';

function side(lang: Lang, agency: EntityRef, relations: string[], item: SharedItem, which: 'A' | 'B', handlers: EvidenceHandlers): HTMLElement {
  const evidence = which === 'A' ? item.evidenceA : item.evidenceB;
  return h(
    'div',
    { class: 'tie-side', 'data-testid': `tie-side-${which}` },
    h('div', { class: 'muted small' }, agency.name, relations.length ? ` · ${relations.map((r) => typeName(lang, r)).join('、')}` : ''),
    evidenceList(lang, evidence, handlers),
  );
}

function itemBlock(lang: Lang, tie: CoordinationTie, item: SharedItem, handlers: EvidenceHandlers): HTMLElement {
  // A supervision quote names both agencies: shown once.
  const same = item.kind === 'SUPERVISION';
  return h(
    'li',
    { class: 'tie-item', 'data-testid': 'tie-item', 'data-kind': item.kind },
    h(
      'div',
      { class: 'rel-head' },
      h('span', { class: 'kind-badge' }, t(lang, `kind.${item.kind}` as MsgKey)),
      typeBadge(lang, item.entity.type),
      h('button', { type: 'button', class: 'entity-link', onclick: () => handlers.onEntity?.(item.entity) }, item.entity.name),
      h('span', { class: 'muted small' }, t(lang, 'tieDocs', { n: item.documents })),
    ),
    same
      ? h('div', { class: 'tie-side', 'data-testid': 'tie-side-A' }, evidenceList(lang, item.evidenceA, handlers))
      : [side(lang, tie.a, item.relationsA, item, 'A', handlers), side(lang, tie.b, item.relationsB, item, 'B', handlers)],
  );
}

export function renderTie(lang: Lang, tie: CoordinationTie, handlers: EvidenceHandlers): HTMLElement[] {
  return [
    h('h2', { class: 'entity-name' }, t(lang, 'tieTitle')),
    h(
      'div',
      { class: 'rel-head edge-head', 'data-testid': 'tie-details' },
      h('button', { type: 'button', class: 'entity-link', onclick: () => handlers.onEntity?.(tie.a) }, tie.a.name),
      h('span', { class: 'muted' }, '⇄'),
      h('button', { type: 'button', class: 'entity-link', onclick: () => handlers.onEntity?.(tie.b) }, tie.b.name),
    ),
    h('h3', {}, t(lang, 'tieShared', { n: tie.items.length })),
    tie.items.length
      ? h('ul', { class: 'tie-items' }, tie.items.map((item) => itemBlock(lang, tie, item, handlers)))
      : h('p', { class: 'muted' }, t(lang, 'tieNone')),
  ];
}
