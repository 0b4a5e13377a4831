// The view's state in the URL hash (#mode=path&from=…&to=…), so a copied link reproduces the view.
import type { Lang } from './i18n.ts';
import type { SizeBy } from './toElements.ts';
import { COORDINATION_KINDS, DOCUMENT_SORTS, type CoordinationKind, type DocumentSort } from './types.ts';

export const MODES = ['explore', 'documents', 'campaign', 'matrix', 'path', 'coordination'] as const;
export type Mode = (typeof MODES)[number];
export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface ViewState {
  mode: Mode;
  lang: Lang;
  layout: LayoutName;
  /** Entity types hidden through the legend. */
  hidden: string[];
  /** Relation types hidden through the legend. */
  hiddenRel: string[];
  /** Explore: the focused entity and the nodes expanded after it. */
  focus?: string;
  expanded: string[];
  campaign?: string;
  /** Path finder endpoints (entity ids). */
  from?: string;
  to?: string;
  /** Documents list: exact filters (genre code, year YYYY, author), sort and the first row shown. */
  docGenre?: string;
  docYear?: string;
  docAuthor?: string;
  docSort: DocumentSort;
  docOffset: number;
  /** The document open in the reader (documents mode). */
  doc?: string;
  /** Coordination network filters. */
  dateFrom?: string;
  dateTo?: string;
  minShared?: number;
  sizeBy: SizeBy;
  /** Coordination: one province (or 全国), some kinds of tie, how many agencies to show (default 150). */
  region?: string;
  kinds: CoordinationKind[];
  top?: number;
  /** Coordination: strongest ties kept per agency (0: all; default 3). */
  tiesPer?: number;
}

export function defaultState(): ViewState {
  return { mode: 'explore', lang: 'zh', layout: 'fcose', hidden: [], hiddenRel: [], expanded: [], sizeBy: 'betweenness', docSort: 'NEWEST', docOffset: 0, kinds: [] };
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD naming a month and day that exist (2022-13 and 2022-02-30 do not), as the API checks. */
export function isDate(v: string): boolean {
  const m = DATE.exec(v);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return false;
  return !d || (Number(d) >= 1 && Number(d) <= new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate());
}

export function encodeState(s: ViewState): string {
  const p = new URLSearchParams();
  p.set('mode', s.mode);
  if (s.lang !== 'zh') p.set('lang', s.lang);
  if (s.layout !== 'fcose') p.set('layout', s.layout);
  if (s.hidden.length) p.set('hide', s.hidden.join(','));
  if (s.hiddenRel.length) p.set('hideRel', s.hiddenRel.join(','));
  if (s.mode === 'explore' && s.focus) {
    p.set('focus', s.focus);
    if (s.expanded.length) p.set('exp', s.expanded.join(','));
  }
  if (s.mode === 'campaign' && s.campaign) p.set('campaign', s.campaign);
  if (s.mode === 'path') {
    if (s.from) p.set('from', s.from);
    if (s.to) p.set('to', s.to);
  }
  if (s.mode === 'documents') {
    if (s.docGenre) p.set('genre', s.docGenre);
    if (s.docYear) p.set('year', s.docYear);
    if (s.docAuthor) p.set('author', s.docAuthor);
    if (s.docSort !== 'NEWEST') p.set('sort', s.docSort);
    if (s.docOffset) p.set('offset', String(s.docOffset));
    if (s.doc) p.set('doc', s.doc);
  }
  if (s.mode === 'coordination') {
    if (s.dateFrom) p.set('dfrom', s.dateFrom);
    if (s.dateTo) p.set('dto', s.dateTo);
    if (s.minShared !== undefined && s.minShared !== 1) p.set('min', String(s.minShared));
    if (s.sizeBy !== 'betweenness') p.set('size', s.sizeBy);
    if (s.region) p.set('region', s.region);
    if (s.kinds.length) p.set('kinds', s.kinds.join(','));
    if (s.top !== undefined) p.set('top', String(s.top));
    if (s.tiesPer !== undefined) p.set('tpa', String(s.tiesPer));
  }
  return '#' + p.toString();
}

function list(v: string | null): string[] {
  return v ? v.split(',').filter(Boolean) : [];
}

/** Parse a hash; unknown or malformed values fall back to defaults. */
export function decodeState(hash: string): ViewState {
  const s = defaultState();
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const mode = p.get('mode');
  if (mode && (MODES as readonly string[]).includes(mode)) s.mode = mode as Mode;
  if (p.get('lang') === 'en') s.lang = 'en';
  const layout = p.get('layout');
  if (layout && (LAYOUTS as readonly string[]).includes(layout)) s.layout = layout as LayoutName;
  s.hidden = list(p.get('hide'));
  s.hiddenRel = list(p.get('hideRel'));
  // `id` is what a hand-written link says as often as `focus`.
  s.focus = p.get('focus') || p.get('id') || undefined;
  s.expanded = list(p.get('exp'));
  s.campaign = p.get('campaign') || undefined;
  s.from = p.get('from') || undefined;
  s.to = p.get('to') || undefined;
  const df = p.get('dfrom');
  const dt = p.get('dto');
  if (df && isDate(df)) s.dateFrom = df;
  if (dt && isDate(dt)) s.dateTo = dt;
  s.region = p.get('region') || undefined;
  s.kinds = list(p.get('kinds')).filter((k): k is CoordinationKind => (COORDINATION_KINDS as readonly string[]).includes(k));
  const top = Number(p.get('top'));
  if (p.has('top') && Number.isInteger(top) && top >= 1) s.top = top;
  const tpa = Number(p.get('tpa'));
  if (p.has('tpa') && Number.isInteger(tpa) && tpa >= 0) s.tiesPer = tpa;
  const min = Number(p.get('min'));
  if (p.has('min') && Number.isInteger(min) && min >= 1) s.minShared = min;
  if (p.get('size') === 'degree') s.sizeBy = 'degree';
  s.docGenre = p.get('genre') || undefined;
  s.docYear = /^\d{4}$/.test(p.get('year') ?? '') ? p.get('year')! : undefined;
  s.docAuthor = p.get('author') || undefined;
  const sort = p.get('sort');
  if (sort && (DOCUMENT_SORTS as readonly string[]).includes(sort)) s.docSort = sort as DocumentSort;
  const offset = Number(p.get('offset'));
  if (Number.isInteger(offset) && offset > 0) s.docOffset = offset;
  s.doc = p.get('doc') || undefined;
  return s;
}
