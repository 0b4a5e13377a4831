// The document's region (province / city / county), which scopes generic names (市公安局 → 泉州市公安局).
// Sources in order of trust: the author, the title, the document number's province abbreviation,
// then the places the opening of the body names most.
import { placeAt, type Place } from '../gazetteer.js';
import { PROVINCE_BY_ABBR } from '../lexicon.js';
import type { DocMeta, Region } from './doc.js';

/** Places named in `s`, left to right, nested ones included (广东省佛山市顺德区 → three). */
export function placesIn(s: string, shortForms = true): Place[] {
  const out: Place[] = [];
  for (let i = 0; i < s.length; ) {
    const hit = placeAt(s, i);
    if (hit && (shortForms || hit.full)) {
      out.push(hit.place);
      i = hit.end;
    } else i++;
  }
  return out;
}

function regionOfPlace(p: Place): Region {
  if (p.level === 'province') return { province: p.name };
  if (p.level === 'city') return { province: p.province, city: p.name };
  return { province: p.province, ...(p.city && p.city !== p.province ? { city: p.city } : {}), county: p.name };
}

/** The most specific region of a name, when its places are consistent (广东省佛山市顺德区 → 顺德区). */
export function regionOfName(s: string, shortForms = true): Region | undefined {
  let best: Region | undefined;
  for (const p of placesIn(s, shortForms)) {
    const r = regionOfPlace(p);
    if (best?.province && r.province !== best.province) break;
    if (!best || (r.county && !best.county) || (r.city && !best.city && !best.county)) best = r;
  }
  return best;
}

/** The region the opening of the body names most often (full names only: short forms are too ambiguous there). */
function regionOfBody(text: string): Region | undefined {
  const counts = new Map<string, { n: number; first: number; region: Region; rank: number }>();
  const body = text.slice(0, 2500);
  for (let i = 0; i < body.length; ) {
    const hit = placeAt(body, i);
    if (!hit || !hit.full) {
      i++;
      continue;
    }
    const r = regionOfPlace(hit.place);
    const key = `${r.province}|${r.city ?? ''}|${r.county ?? ''}`;
    const c = counts.get(key) ?? { n: 0, first: i, region: r, rank: r.county ? 3 : r.city ? 2 : 1 };
    c.n++;
    counts.set(key, c);
    i = hit.end;
  }
  // a city or county that is named at least as often as its province wins over it
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || b.rank - a.rank || a.first - b.first);
  return ranked[0]?.region;
}

export function regionOf(text: string, meta: Pick<DocMeta, 'author' | 'title' | 'number'>): Region {
  const fromNames = (meta.author && regionOfName(meta.author)) || (meta.title && regionOfName(meta.title));
  if (fromNames) return fromNames;
  const abbr = meta.number ? PROVINCE_BY_ABBR.get(meta.number.charAt(0)) : undefined;
  const body = regionOfBody(text);
  if (abbr) {
    return body?.province === abbr.name ? body! : { province: abbr.name };
  }
  return body ?? {};
}
