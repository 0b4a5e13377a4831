// Stage 3, resolution: each mention gets the id of the entity it names. A generic name (市公安局,
// 省委, 公安机关) is scoped by the document's region; one the region cannot scope stays this
// document's own (never merged across documents). Short forms declared in the text join their
// full names; 委 and 委员会 forms of one body join.
import type { EntityType } from '../model.js';
import type { Doc, Entity, Mention, Region } from './doc.js';

/** Common abbreviations of body names, expanded after scoping. */
const EXPANSIONS: [RegExp, string][] = [
  [/(省|市|县|区|州)政府$/, '$1人民政府'],
  [/(省|市)高院$/, '$1高级人民法院'],
  [/(省|市)中院$/, '$1中级人民法院'],
  [/(省|市|县|区)检察院$/, '$1人民检察院'],
  [/(省|市|县|区)法院$/, '$1人民法院'],
  [/通管局$/, '通信管理局'],
  [/市场监管局$/, '市场监督管理局'],
];
/** A leading level word that the region can fill in, and which of the region's names fills it. */
const LEVEL_RE = /^(省|市|县|区|州)(?![级内直外属场民])/;

function levelName(region: Region, level: string): string | undefined {
  if (level === '省') return region.province;
  if (level === '市') return region.city ?? (region.county?.endsWith('市') ? region.county : undefined) ?? (region.province?.endsWith('市') ? region.province : undefined);
  if (level === '州') return region.city?.endsWith('州') ? region.city : undefined;
  if (level === '县' || level === '区') return region.county?.endsWith(level) ? region.county : undefined;
  return undefined;
}

/** Canonical name and whether it is scoped (or needs no scope). */
export function scopeAgency(name: string, region: Region, generic = false): { name: string; scoped: boolean } {
  let n = name;
  let scoped = true;
  if (generic) {
    const place = region.county ?? region.city ?? region.province;
    if (place) n = place + n;
    else scoped = false;
  } else {
    const lv = LEVEL_RE.exec(n);
    if (lv) {
      const place = levelName(region, lv[1]!);
      if (place) n = place + n.slice(1);
      else scoped = false;
    }
  }
  for (const [re, rep] of EXPANSIONS) if (re.test(n)) n = n.replace(re, rep);
  return { name: n, scoped };
}

function scopeMeeting(name: string, region: Region): string {
  const lv = /^(省|市|县|区)(?=第?[一二三四五六七八九十]+届|委|政府|人大)/.exec(name);
  const place = lv ? levelName(region, lv[1]!) : undefined;
  return place ? place + name.slice(1) : name;
}

export function resolve(doc: Doc): void {
  const { region } = doc.meta;
  const author = doc.meta.author ? scopeAgency(doc.meta.author, region) : undefined;
  const shortForms = new Map<string, string>();
  for (const m of doc.mentions) if (m.props?.shortForm) shortForms.set(`${m.type}:${m.props.shortForm}`, m.name);
  const idOf = (type: EntityType, name: string, scoped: boolean) => (scoped ? `${type}:${name}` : `${type}:${name}@${doc.id}`);
  const entities = doc.entities;
  const add = (m: Mention, type: EntityType, name: string, scoped: boolean): string => {
    const id = idOf(type, name, scoped);
    let e = entities.get(id);
    if (!e) entities.set(id, (e = { id, type, name, aliases: new Set(), props: {}, mentions: [] }));
    e.mentions.push({ start: m.start, end: m.end });
    e.aliases.add(doc.text.slice(m.start, m.end));
    if (m.name !== name) e.aliases.add(m.name);
    return id;
  };
  for (const m of doc.mentions) {
    if (m.author && author) m.ids = [add(m, 'Agency', author.name, author.scoped)];
    else if (m.expand) m.ids = m.expand.map((n) => add(m, m.type, n, true));
    else if (m.canonical) m.ids = [add(m, m.type, m.canonical, true)];
    else if (m.type === 'Agency') {
      const s = scopeAgency(m.name, region, m.generic);
      m.ids = [add(m, 'Agency', s.name, s.scoped)];
    } else if (m.type === 'Meeting') m.ids = [add(m, 'Meeting', scopeMeeting(m.name, region), true)];
    else m.ids = [add(m, m.type, shortForms.get(`${m.type}:${m.name}`) ?? m.name, true)];
  }
  joinCommitteeForms(doc);
}

/** …司法委 and …司法委员会 in one document are one body: keep the full form. */
function joinCommitteeForms(doc: Doc): void {
  const redirect = new Map<string, string>();
  for (const e of doc.entities.values()) {
    if (e.type !== 'Agency' || !e.name.endsWith('委')) continue;
    const full = doc.entities.get(`${e.id}员会`);
    if (!full) continue;
    redirect.set(e.id, full.id);
    full.mentions.push(...e.mentions);
    for (const a of e.aliases) full.aliases.add(a);
    full.aliases.add(e.name);
    doc.entities.delete(e.id);
  }
  if (redirect.size) for (const m of doc.mentions) m.ids = m.ids?.map((id) => redirect.get(id) ?? id);
}
