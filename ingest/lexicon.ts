// Curated lexicon (data in ingest/lexicon/*.json): national bodies, banks, media, campaigns, laws,
// measures, national leaders, compressed lists (中农工建交, 两高) and the provinces' one-character abbreviations.
// Places themselves come from the GB/T 2260 gazetteer (gazetteer.ts).
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

const places = load<{ provinces: Province[] }>('places.json');
const agencies = load<{
  entries: NamedEntry[];
  lists: { surface: string; expand: string[] }[];
  operators: Record<string, string>;
}>('agencies.json');
const campaigns = load<{ entries: NamedEntry[] }>('campaigns.json');
const laws = load<{ entries: NamedEntry[] }>('laws.json');
const measures = load<{ entries: NamedEntry[] }>('measures.json');
const officials = load<{ entries: NamedEntry[] }>('officials.json');

/** province abbreviation (湘) → province (湖南, 湖南省): a document number's first character names its province. */
export const PROVINCE_BY_ABBR: ReadonlyMap<string, Province> = new Map(places.provinces.map((p) => [p.abbr, p]));

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
  for (const e of officials.entries) add('Official', e);
  for (const l of agencies.lists) m.set(l.surface, { type: 'Agency', name: l.surface, expand: l.expand });
  return m;
})();

export const OPERATORS: Readonly<Record<string, string>> = agencies.operators;
