// Curated lexicon (data in ingest/lexicon/*.json): national bodies, banks, media, campaigns, laws,
// measures, compressed lists (中农工建交, 两高), and place names used to scope short names.
import { readFileSync } from 'node:fs';
import type { EntityType } from './model.js';

function load<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`./lexicon/${file}`, import.meta.url), 'utf8')) as T;
}

interface Province {
  name: string;
  short: string;
  abbr: string;
  capital: string;
}
interface NamedEntry {
  name: string;
  aliases?: string[];
  quotedOnly?: boolean;
}

const places = load<{ provinces: Province[]; cities: Record<string, string[]> }>('places.json');
const agencies = load<{
  entries: NamedEntry[];
  lists: { surface: string; expand: string[] }[];
  operators: Record<string, string>;
}>('agencies.json');
const campaigns = load<{ entries: NamedEntry[] }>('campaigns.json');
const laws = load<{ entries: NamedEntry[] }>('laws.json');
const measures = load<{ entries: NamedEntry[] }>('measures.json');

export const PROVINCES: readonly Province[] = places.provinces;
/** city short name (长沙) → province short name (湖南) */
export const CITY_TO_PROVINCE: ReadonlyMap<string, string> = new Map(
  Object.entries(places.cities).flatMap(([p, cs]) => cs.map((c) => [c, p] as [string, string])),
);
/** province abbreviation (湘) → short name (湖南) */
export const PROVINCE_BY_ABBR: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.abbr, p]));
export const PROVINCE_BY_SHORT: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.short, p]));

export interface LexEntry {
  type: EntityType;
  name: string;
  /** For compressed lists: the canonical names it stands for. */
  expand?: string[];
  quotedOnly?: boolean;
}

/** surface → entry */
export const LEXICON: ReadonlyMap<string, LexEntry> = (() => {
  const m = new Map<string, LexEntry>();
  const add = (type: EntityType, e: NamedEntry) => {
    for (const s of [e.name, ...(e.aliases ?? [])]) if (!m.has(s)) m.set(s, { type, name: e.name, quotedOnly: e.quotedOnly });
  };
  for (const e of agencies.entries) add('Agency', e);
  for (const e of laws.entries) add('Law', e);
  for (const e of measures.entries) add('Measure', e);
  for (const e of campaigns.entries) add('Campaign', e);
  for (const l of agencies.lists) m.set(l.surface, { type: 'Agency', name: l.surface, expand: l.expand });
  return m;
})();

export const OPERATORS: Readonly<Record<string, string>> = agencies.operators;

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Place-name alternation (provinces, their short forms and cities), longest first. */
export const PLACE_NAMES: readonly string[] = [
  ...new Set([
    ...PROVINCES.map((p) => p.name),
    ...PROVINCES.map((p) => p.short),
    ...CITY_TO_PROVINCE.keys(),
  ]),
].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** Which province does a name belong to (by leading place name)? Returns the province short name. */
export function provinceOf(name: string): string | undefined {
  for (const p of PROVINCES) if (name.startsWith(p.short)) return p.short;
  for (const [c, p] of CITY_TO_PROVINCE) if (name.startsWith(c)) return p;
  return undefined;
}
/** Leading city of a name, if any (长沙市公安局 → 长沙). */
export function cityOf(name: string): string | undefined {
  for (const c of CITY_TO_PROVINCE.keys()) if (name.startsWith(c)) return c;
  return undefined;
}
