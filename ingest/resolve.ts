// Entity resolution: canonical names (fullest, scoped by the author's province / city) and
// deterministic node ids, so the same body gets the same id in every document.
import type { EntityType } from './model.js';
import { PROVINCE_BY_SHORT } from './lexicon.js';
import type { DocumentMeta } from './metadata.js';

export interface Scope {
  readonly province?: string; // short name, e.g. 湖南
  readonly city?: string; // short name, e.g. 长沙
}

export function scopeFromMeta(meta: Pick<DocumentMeta, 'province' | 'city'>): Scope {
  return { province: meta.province, city: meta.city };
}

/** Common abbreviations of body names, expanded to the full form (applied after scoping). */
const EXPANSIONS: [RegExp, string][] = [
  [/(省|市|县|区|州)政府/, '$1人民政府'],
  [/(省|市)高院$/, '$1高级人民法院'],
  [/(省|市)中院$/, '$1中级人民法院'],
  [/(省|市|县|区)检察院$/, '$1人民检察院'],
  [/通管局$/, '通信管理局'],
  [/地方金融监管局$/, '地方金融监督管理局'],
  [/市场监管局$/, '市场监督管理局'],
  [/(省|市|县|区)网信办$/, '$1委网信办'],
];

/** Canonical name of an agency given the document scope (省公安厅 → 湖南省公安厅). */
export function canonicalAgencyName(name: string, scope: Scope, scopeProvince = false): string {
  const prov = scope.province ? PROVINCE_BY_SHORT.get(scope.province) : undefined;
  let n = name;
  if (prov && /^省(?!级|内|直|外)/.test(n)) n = prov.name + n.slice(1);
  else if (scope.city && /^市(?!级|内|直|外|场)/.test(n)) n = `${scope.city}市${n.slice(1)}`;
  else if (prov && scopeProvince && !n.startsWith(prov.short)) n = prov.name + n;
  for (const [re, rep] of EXPANSIONS) {
    if (re.test(n) && !n.includes(rep.replace('$1', ''))) {
      n = n.replace(re, rep);
    }
  }
  return n;
}

/** Session / meeting names: scope a leading 省/市 so that 省十三届人大五次会议 of two provinces differ. */
export function canonicalMeetingName(name: string, scope: Scope): string {
  const prov = scope.province ? PROVINCE_BY_SHORT.get(scope.province) : undefined;
  let n = name;
  if (prov && n.startsWith(prov.name)) n = '省' + n.slice(prov.name.length);
  n = n.replace(/^(省|市)第(?=[一二三四五六七八九十]+届)/, '$1');
  if (prov && n.startsWith('省')) return prov.name + n.slice(1);
  if (scope.city && n.startsWith('市')) return `${scope.city}市${n.slice(1)}`;
  return n;
}

// Memo of canonical agency names: "province|city|scopeProvince" → name → canonical name. The inner
// map of a Scope object is looked up once per scope (scopes are immutable), so a call costs one
// Map lookup by the name instead of building and hashing a composite key string.
const CANON_CACHE = new Map<string, Map<string, string>>();
let canonCacheSize = 0;
const CACHE_OF_SCOPE = new WeakMap<Scope, [Map<string, string>, Map<string, string>]>();
function agencyNameCache(scope: Scope, scopeProvince: boolean): Map<string, string> {
  let pair = CACHE_OF_SCOPE.get(scope);
  if (!pair) {
    const inner = (flag: number) => {
      const k = `${scope.province ?? ''}|${scope.city ?? ''}|${flag}`;
      let m = CANON_CACHE.get(k);
      if (!m) CANON_CACHE.set(k, (m = new Map()));
      return m;
    };
    pair = [inner(0), inner(1)];
    CACHE_OF_SCOPE.set(scope, pair);
  }
  return pair[scopeProvince ? 1 : 0];
}

export function canonicalName(type: EntityType, name: string, scope: Scope, scopeProvince = false): string {
  if (type === 'Agency') {
    const cache = agencyNameCache(scope, scopeProvince);
    let v = cache.get(name);
    if (v === undefined) {
      v = canonicalAgencyName(name, scope, scopeProvince);
      if (++canonCacheSize > 50000) {
        // bound memory on huge corpora; scopes still holding an old inner map only keep it alive
        CANON_CACHE.clear();
        canonCacheSize = 0;
      }
      cache.set(name, v);
    }
    return v;
  }
  if (type === 'Meeting') return canonicalMeetingName(name, scope);
  return name;
}

export function nodeId(type: EntityType, canonical: string): string {
  return `${type}:${canonical}`;
}

export function edgeId(type: string, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}

/** Sorted, deduplicated aliases without the canonical name itself. */
export function mergeAliases(name: string, ...lists: Iterable<string>[]): string[] {
  const s = new Set<string>();
  for (const l of lists) for (const a of l) if (a && a !== name) s.add(a);
  return [...s].sort();
}
