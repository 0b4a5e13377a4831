// Stage 2, mentions: every component proposes spans; overlaps are settled longest first, and an
// agency may sit inside a longer mention (the parent of a compound body, the issuer in a law's title).
import { AUTHOR_REFS, LAW_TITLE_END, NOT_PARENT_HEADS } from '../patterns/entities.js';
import type { Doc, Mention } from './doc.js';
import { agencyMentions } from './mentions-agencies.js';
import { nameMentions } from './mentions-names.js';
import { personMentions } from './mentions-persons.js';
import { ORG_ADDRESSEE_RE, REPLY_GENRES } from '../patterns/structure.js';

/** A party committee a reply is addressed to (民盟长沙市委会：) is a body in it. */
function addresseeBodies(doc: Doc, out: Mention[]): void {
  for (const a of doc.meta.addressees) {
    if (!ORG_ADDRESSEE_RE.test(`${a}：`)) continue;
    const at = doc.text.indexOf(a);
    if (at >= 0) out.push({ type: 'Agency', start: at, end: at + a.length, name: a, rule: 'structure.addressee', prio: 0 });
  }
}

function authorMentions(doc: Doc, out: Mention[]): void {
  if (!doc.meta.author) return;
  const span = doc.meta.authorSpan;
  if (span) out.push({ type: 'Agency', ...span, name: doc.meta.author, rule: 'structure.author', prio: 0, author: true });
  if (!REPLY_GENRES.has(doc.meta.genre) && doc.meta.genre !== 'notice' && doc.meta.genre !== 'plan') return;
  AUTHOR_REFS.lastIndex = 0;
  for (let m; (m = AUTHOR_REFS.exec(doc.text)); )
    out.push({ type: 'Agency', start: m.index, end: m.index + m[0].length, name: m[0], rule: 'agency.self', prio: 0, author: true });
}

/**
 * An agency inside a longer mention is kept where it names a body of its own: the parent at the
 * start of a compound (省公安厅 in 省公安厅刑侦总队, not 中心 of 中心支行) and the issuer or
 * host inside a title or a meeting's name.
 */
function nestedAllowed(c: Mention, inside: Mention, t: string): boolean {
  if (inside.author || (inside.start === c.start && inside.end === c.end)) return false;
  if (c.type === 'Campaign') return inside.type === 'Meeting'; // “无诈校园”建设工作启动仪式
  if (c.type === 'Law') return inside.rule === 'structure.own-title'; // 关于印发《…方案》的通知
  if (c.type !== 'Agency') return false;
  if (inside.type === 'Agency') return c.start === inside.start && c.end <= inside.end - (inside.head ?? 0) && !NOT_PARENT_HEADS.test(c.name);
  // the issuer opens a title (《公安部关于…》, 《省公安厅 省委网信办…方案》); a body the title is about does not (《…中心建设规范》)
  if (inside.type === 'Law') return c.start <= inside.start + 1 && ISSUER_AFTER.test(t.slice(c.end, c.end + 2));
  if (inside.type === 'Meeting') return c.start <= inside.start + 1;
  return false;
}

/** What follows an issuer's name at the start of a title: 关于, another issuer, 印发. */
const ISSUER_AFTER = /^(?:关于|[ 、，和与]|印发|联合|转发|的)/;

/** A document reproduced in the body under its own title line (关于敦促…的通告). */
const TITLE_LINE_RE = /^[ \t]*((?:[\u4e00-\u9fff]{2,20})?关于[^\n。，！？]{4,60}的(?:通告|通知|意见|决定|决议|办法|方案|规定))[ \t]*$/gm;
/** Unit names too generic to stand for one unit alone. */
const GENERIC_TAIL = /^(?:办公室|委员会|中心|分中心|支行|分行|党委|党组|工作组)$/;
const OWN_TITLE_GENRES: ReadonlySet<string> = new Set(['notice', 'plan', 'resolution']);
/** 该局 / 该院 …: resolved to the body named last with that head. */
const ANAPHOR_RE = /该(?:局|厅|院|委|中心|行|所|部|办|校|支队|大队)/g;
function anaphorMentions(t: string, out: Mention[]): void {
  ANAPHOR_RE.lastIndex = 0;
  for (let m; (m = ANAPHOR_RE.exec(t)); ) out.push({ type: 'Agency', start: m.index, end: m.index + m[0].length, name: m[0], rule: 'agency.anaphor', prio: 0 });
}

/** A notice, plan or resolution is itself a document entity: its title where the text states it. */
function ownTitle(doc: Doc, out: Mention[]): void {
  const title = doc.meta.title;
  if (title && OWN_TITLE_GENRES.has(doc.meta.genre) && LAW_TITLE_END.test(title)) {
    const at = doc.text.indexOf(title);
    if (at >= 0 && doc.text.charAt(at - 1) !== '《') out.push({ type: 'Law', start: at, end: at + title.length, name: title.replace(/[“”《》\s]/g, ''), rule: 'structure.own-title', prio: 1 });
  }
  // a document reproduced in the body under its own title line (通告全文如下：\n关于敦促…的通告)
  TITLE_LINE_RE.lastIndex = 0;
  for (let m; (m = TITLE_LINE_RE.exec(doc.text)); ) {
    const name = m[1]!;
    if (name === title) continue;
    const at = m.index + m[0].indexOf(name);
    out.push({ type: 'Law', start: at, end: at + name.length, name: name.replace(/[“”\s]/g, ''), rule: 'structure.title-line', prio: 1 });
  }
}

/**
 * An agency name that opens with a titled person's name (通讯员潘玲恒扬子晚报) is cut after the person;
 * what remains stays an agency when it still ends with its head.
 */
function withoutPersonPrefix(cands: Mention[], persons: Mention[]): Mention[] {
  const titled = persons.filter((p) => p.rule !== 'person.repeat');
  return cands.flatMap((c) => {
    const p = c.type === 'Agency' ? titled.find((x) => x.start === c.start && x.end < c.end) : undefined;
    if (!p) return [c];
    const rest = c.name.slice(p.end - p.start);
    return rest.length >= 4 ? [{ ...c, start: p.end, name: rest }] : [];
  });
}

/**
 * A unit named whole once (顺德区人大常委会法工委) and later by its own name alone (率法工委来到…):
 * the later bare name refers to it.
 */
function tailsOfCompounds(t: string, mentions: Mention[]): Mention[] {
  const covered = new Uint8Array(t.length + 1);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const out: Mention[] = [];
  const seen = new Set<string>();
  for (const c of mentions) {
    if (c.type !== 'Agency' || c.nested) continue;
    const parent = mentions.find((p) => p.type === 'Agency' && p.nested && p.start === c.start && p.end < c.end);
    const tail = parent ? t.slice(parent.end, c.end) : '';
    if (tail.length < 3 || GENERIC_TAIL.test(tail) || seen.has(tail)) continue;
    seen.add(tail);
    for (let i = t.indexOf(tail); i >= 0; i = t.indexOf(tail, i + 1))
      if (!covered[i] && !covered[i + tail.length - 1]) out.push({ ...c, start: i, end: i + tail.length, rule: 'agency.tail', nested: false });
  }
  return out;
}

export function select(cands: Mention[], t: string): Mention[] {
  const order = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.prio - b.prio || a.start - b.start);
  const accepted: Mention[] = [];
  const owner = new Int32Array(cands.reduce((n, c) => Math.max(n, c.end), 0) + 1).fill(-1);
  for (const c of order) {
    let inside: Mention | undefined;
    let clash = false;
    for (let i = c.start; i < c.end && !clash; i++) {
      const o = owner[i]!;
      if (o < 0) continue;
      const other = accepted[o]!;
      if (other.start <= c.start && other.end >= c.end) inside = other;
      else clash = true;
    }
    if (clash) continue;
    if (inside) {
      if (!nestedAllowed(c, inside, t)) continue;
      accepted.push({ ...c, nested: true });
      continue;
    }
    accepted.push(c);
    for (let i = c.start; i < c.end; i++) owner[i] = accepted.length - 1;
  }
  return accepted.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function mentions(doc: Doc): void {
  const t = doc.text;
  const cands: Mention[] = [];
  authorMentions(doc, cands);
  anaphorMentions(t, cands);
  addresseeBodies(doc, cands);
  ownTitle(doc, cands);
  agencyMentions(t, cands, ['resolution', 'plan', 'notice'].includes(doc.meta.genre));
  nameMentions(t, cands);
  const agencies = select(cands.filter((c) => c.type === 'Agency'), t);
  const persons: Mention[] = [];
  personMentions(t, agencies, persons, doc.meta.addressees);
  const selected = select([...withoutPersonPrefix(cands, persons), ...persons], t);
  doc.mentions = [...selected, ...tailsOfCompounds(t, selected)].sort((a, b) => a.start - b.start || b.end - a.end);
}
