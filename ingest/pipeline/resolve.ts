// Stage 3, resolution: each mention gets the id of the entity it names. A generic name (市公安局,
// 省委, 公安机关) is scoped by the document's region; one the region cannot scope stays this
// document's own (never merged across documents). Short forms declared in the text join their
// full names; 委 and 委员会 forms of one body join.
import type { EntityType } from '../model.js';
import type { Doc, Entity, Mention, Region } from './doc.js';
import { placesIn } from './region.js';
import { findDates } from '../dates.js';

/** Common abbreviations of body names, expanded after scoping. */
const EXPANSIONS: [RegExp, string][] = [
  [/(省|市|县|区|州)政府$/, '$1人民政府'],
  [/(省|市)高院$/, '$1高级人民法院'],
  [/(省|市)中院$/, '$1中级人民法院'],
  [/(省|市|县|区)检察院$/, '$1人民检察院'],
  [/(省|市|县|区)法院$/, '$1人民法院'],
  [/通管局$/, '通信管理局'],
  [/市场监管局$/, '市场监督管理局'],
  [/^人行/, '中国人民银行'],
];
/** A leading level word that the region can fill in, and which of the region's names fills it. */
const GOVERNMENT_BODY = /(?:厅|局|委|办|政府|法院|检察院|人大|政协|常委会)$/;
const LEVEL_RE = /^(省|市|县|区|州)(?![级内直外属场民])/;

function levelName(region: Region, level: string): string | undefined {
  if (level === '省') return region.province;
  if (level === '市') return region.city ?? (region.county?.endsWith('市') ? region.county : undefined) ?? (region.province?.endsWith('市') ? region.province : undefined);
  if (level === '州') return region.city?.endsWith('州') ? region.city : undefined;
  if (level === '县' || level === '区') return region.county?.endsWith(level) ? region.county : undefined;
  return undefined;
}

/** Canonical name and whether it is scoped (or needs no scope). */
export function scopeAgency(name: string, region: Region, generic = false, provincial = false): { name: string; scoped: boolean } {
  let n = name;
  let scoped = true;
  if (generic) {
    // a class of bodies, or a body named without its place (公安厅厅长): the document's own place (厅 are provincial)
    const place = provincial ? region.province : region.county ?? region.city ?? region.province;
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
  // a reply's answered proposal: its title joins its number (第0123号建议暨《关于…的建议》)
  const answered = doc.meta.answers?.number;
  const add = (m: Mention, type: EntityType, name: string, scoped: boolean): string => {
    const id = idOf(type, name, scoped);
    let e = entities.get(id);
    if (!e) entities.set(id, (e = { id, type, name, aliases: new Set(), props: {}, mentions: [] }));
    e.mentions.push({ start: m.start, end: m.end });
    e.aliases.add(doc.text.slice(m.start, m.end));
    if (m.name !== name) e.aliases.add(m.name);
    return id;
  };
  let lastAgency: Mention | undefined;
  for (const m of doc.mentions) {
    // 该局 / 该院: the body named last with that head
    if (m.rule === 'agency.anaphor') {
      const ref = lastAgency && lastAgency.name.endsWith(m.name.slice(1)) ? lastAgency.ids : undefined;
      if (ref) for (const id of ref) entities.get(id)!.mentions.push({ start: m.start, end: m.end });
      m.ids = ref ?? [];
      continue;
    }
    if (m.type === 'Agency' && !m.nested && m.ids === undefined) lastAgency = m;
    if (m.author && author) m.ids = [add(m, 'Agency', author.name, author.scoped)];
    else if (m.expand) m.ids = m.expand.map((n) => add(m, m.type, n, true));
    else if (m.canonical) m.ids = [add(m, m.type, m.canonical, true)];
    else if (m.type === 'Agency') {
      // a government body named bare in a post (公安厅厅长) is the region's; a unit (学生工作部部长) is its institution's, unknown here
      const bareInPost = m.rule === 'agency.in-post' && !LEVEL_RE.test(m.name) && !placesIn(m.name).length;
      const s = bareInPost && !GOVERNMENT_BODY.test(m.name) ? { name: m.name, scoped: false } : scopeAgency(m.name, region, m.generic || bareInPost, /厅$/.test(m.name));
      m.ids = [add(m, 'Agency', s.name, s.scoped)];
    } else if (m.type === 'Meeting') m.ids = [add(m, 'Meeting', scopeMeeting(m.name, region), true)];
    else if (m.type === 'Proposal' && answered && m.name === doc.meta.answers?.title) m.ids = [add(m, 'Proposal', answered, true)];
    else m.ids = [add(m, m.type, shortForms.get(`${m.type}:${m.name}`) ?? m.name, true)];
  }
  joinCommitteeForms(doc);
  joinFamilies(doc);
  doc.authorIds = doc.mentions.find((m) => m.author)?.ids;
  datesOfEvents(doc);
  // the proposal a reply answers keeps its title, the session it was filed at and the reply's number
  const ans = answered ? entities.get(`Proposal:${answered}`) : undefined;
  if (ans) {
    const m = doc.meta;
    Object.assign(ans.props, { ...(m.answers?.title ? { title: m.answers.title } : {}), ...(m.session ? { session: m.session } : {}), ...(m.number ? { reply: m.number } : {}) });
  }
}

/** …司法委 and …司法委员会 in one document are one body: keep the full form. */
function joinCommitteeForms(doc: Doc): void {
  const redirect = new Map<string, string>();
  for (const e of doc.entities.values()) {
    if (e.type !== 'Agency' || !e.name.endsWith('委')) continue;
    const full = doc.entities.get(`${e.id}员会`);
    if (full) redirect.set(e.id, full.id);
  }
  mergeEntities(doc, redirect);
}

/** Each entity in `redirect` joins the one it points to: mentions, aliases (its own name too) and mention ids. */
function mergeEntities(doc: Doc, redirect: Map<string, string>): void {
  for (const [from, to] of redirect) {
    const a = doc.entities.get(from)!;
    const b = doc.entities.get(to)!;
    b.mentions.push(...a.mentions);
    for (const x of a.aliases) b.aliases.add(x);
    b.aliases.add(a.name);
    doc.entities.delete(from);
  }
  if (redirect.size) for (const m of doc.mentions) m.ids = m.ids?.map((id) => redirect.get(id) ?? id);
}

/** Strip the region's own place names from the front of a scoped name. */
function bodyOf(name: string, region: Region): string {
  let n = name;
  for (const p of [region.province, region.city, region.county]) if (p && n.startsWith(p)) n = n.slice(p.length);
  return n;
}
function isSubsequence(short: string, long: string): boolean {
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}

/**
 * Variants of one body in one document join the longest: 省协调小组 and 省打击治理…工作协调小组
 * share their place and head and the short one's words appear in the long one in order. A
 * short form that fits several long names stays apart.
 */
function joinFamilies(doc: Doc): void {
  const region = doc.meta.region;
  const agencies = [...doc.entities.values()].filter((e) => e.type === 'Agency' && !e.id.includes('@'));
  const redirect = new Map<string, string>();
  for (const a of agencies) {
    const full = fullFormOf(a.name, agencies, region);
    if (full) redirect.set(a.id, full.id);
    // 省协调小组办公室: the office of a short form is the office of the full name
    const office = /(?:协调小组|领导小组|联席会议)(办公室)$/.exec(a.name);
    const parent = office && !full ? fullFormOf(a.name.slice(0, -office[1]!.length), agencies, region) : undefined;
    if (parent) redirect.set(a.id, entityNamed(doc, `${parent.name}办公室`).id);
  }
  mergeEntities(doc, redirect);
}

/** The one longer name in the document that a short form of a body stands for, if exactly one fits. */
function fullFormOf(name: string, agencies: Entity[], region: Region): Entity | undefined {
  const body = bodyOf(name, region);
  if (body.length < 2) return undefined;
  const head = /(?:协调小组|领导小组|联席会议|协调办|办公室|中心|专班|委员会)$/.exec(body)?.[0];
  if (!head) return undefined;
  const fits = agencies.filter((b) => {
    const bb = bodyOf(b.name, region);
    // a name that opens a longer one is its parent body (…中心 of …中心顺德分中心), not a variant of it
    return bb.length > body.length && bb.endsWith(head) && !bb.startsWith(body) && b.name.slice(0, b.name.length - bb.length) === name.slice(0, name.length - body.length) && isSubsequence(body, bb);
  });
  return fits.length === 1 ? fits[0] : undefined;
}

function entityNamed(doc: Doc, name: string): Entity {
  const id = `Agency:${name}`;
  let e = doc.entities.get(id);
  if (!e) doc.entities.set(id, (e = { id, type: 'Agency', name, aliases: new Set(), props: {}, mentions: [] }));
  return e;
}

/** Meetings, campaigns and documents take the date written before them in their sentence (9月26日下午，…会议). */
function datesOfEvents(doc: Doc): void {
  const dates = findDates(doc.text, doc.meta.date);
  let d = 0;
  let s = 0;
  for (const m of doc.mentions) {
    if (m.type !== 'Meeting' && m.type !== 'Campaign' && m.type !== 'Law') continue;
    while (s < doc.sentences.length - 1 && doc.sentences[s]!.end < m.start) s++;
    const sentenceStart = doc.sentences[s]?.start ?? 0;
    while (d < dates.length && dates[d]!.end <= m.start) d++;
    const before = dates[d - 1];
    if (!before || before.start < sentenceStart) continue;
    for (const id of m.ids ?? []) {
      const e = doc.entities.get(id);
      if (e && !e.props.date) e.props.date = before.value;
    }
  }
}
