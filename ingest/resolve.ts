// Entity resolution: canonical names (fullest, scoped by the author's province / city) and
// deterministic node ids, so the same body gets the same id in every document.
import type { EntityType } from './model.js';
import { PROVINCE_BY_SHORT } from './lexicon.js';
import type { DocumentMeta } from './metadata.js';

export interface Scope {
  province?: string; // short name, e.g. 湖南
  city?: string; // short name, e.g. 长沙
}

export function scopeFromMeta(meta: Pick<DocumentMeta, 'province' | 'city'>): Scope {
  return { province: meta.province, city: meta.city };
}

/** Canonical name of an agency given the document scope (省公安厅 → 湖南省公安厅). */
export function canonicalAgencyName(name: string, scope: Scope, scopeProvince = false): string {
  const prov = scope.province ? PROVINCE_BY_SHORT.get(scope.province) : undefined;
  if (prov && /^省(?!级|内|直|外)/.test(name)) return prov.name + name.slice(1);
  if (scope.city && /^市(?!级|内|直|外|场)/.test(name)) return `${scope.city}市${name.slice(1)}`;
  if (prov && scopeProvince && !name.startsWith(prov.short)) return prov.name + name;
  return name;
}

export function canonicalName(type: EntityType, name: string, scope: Scope, scopeProvince = false): string {
  if (type === 'Agency') return canonicalAgencyName(name, scope, scopeProvince);
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
