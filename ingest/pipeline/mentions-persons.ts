// Persons: surname + given name, anchored by a title or role before it (记者李文杰, 副省长、公安厅厅长
// 李建成) or after it (柳新群代表); later bare uses of an anchored name are mentions too.
import { AFTER_PERSON, AGENCY_HEADS, CONTACT_LABELS, LEFT_STOPS, STANDALONE_HEADS, PERSON_TITLES, SURNAMES, TITLES_AFTER_NAME } from '../patterns/entities.js';
import type { Mention, Range } from './doc.js';
import { PhraseTable, isCjk } from './matcher.js';
import { placeAt } from '../gazetteer.js';

const TITLES = new PhraseTable(PERSON_TITLES);
const AFTER = new PhraseTable([...AFTER_PERSON, ...TITLES_AFTER_NAME]);
const TITLE_AFTER = new PhraseTable(TITLES_AFTER_NAME);
const SURNAME = new PhraseTable(SURNAMES);
const STOPS = new PhraseTable(LEFT_STOPS);
/** Characters that never occur in a given name in these texts (function words, units, verbs). */
/** Function words: never inside a given name, and a name ends before them. */
const NAME_BREAKERS = new Set([...'的了在和与及等是为对向将把被由从于并或也都就还要会能可以这那其该各某我你他她']);
/** Characters of bodies and ranks that never stand in a given name (区人大, 党委副, 高级). */
const NOT_IN_NAME = new Set([...NAME_BREAKERS, ...'委副大务局厅部处科省市县区镇乡村党政府院办级任警']);

/**
 * Positions inside a name closed by a self-standing head (晚报, 银行 …) where the rest could be the
 * name itself: a person's name may end there when the head noun swallowed it (通讯员潘玲恒扬子晚报).
 */
function restsOfBodies(t: string, agencies: Mention[]): Uint8Array {
  const rest = new Uint8Array(t.length + 1);
  for (const a of agencies)
    if (a.head && STANDALONE_HEADS.has(t.slice(a.end - a.head, a.end))) for (let p = a.start + 2; p <= a.end - 4; p++) rest[p] = 1;
  return rest;
}
const NO_REST = new Uint8Array(0);

function boundaryAt(t: string, i: number, rest: Uint8Array): boolean {
  const c = t.charCodeAt(i);
  if (rest[i] === 1) return true;
  // …李长跃，; …刘斌则; …何巧玉图/杨子尧 (the next byline label)
  return i >= t.length || !isCjk(c) || !!AFTER.startingAt(t, i) || NAME_BREAKERS.has(t.charAt(i)) || !!TITLES.startingAt(t, i);
}

/** Length of a person's name starting at i (surname + one or two characters), or 0. */
function nameLengthAt(t: string, i: number, inList: boolean, rest: Uint8Array = NO_REST): number {
  const sn = SURNAME.startingAt(t, i);
  if (!sn) return 0;
  const place = placeAt(t, i);
  if (place && place.end - i >= 2) return 0; // 长沙, 连云港: a place, not a person
  // a two-character name before a word of two or more (杨毅认为) beats a three-character one before one character (杨毅认 + 为)
  const order = (AFTER.startingAt(t, i + sn.length + 1)?.length ?? 0) >= 2 ? [1, 2] : [2, 1];
  for (const given of order) {
    const end = i + sn.length + given;
    let ok = true;
    for (let k = i + sn.length; k < end; k++) if (!isCjk(t.charCodeAt(k)) || NOT_IN_NAME.has(t.charAt(k))) ok = false;
    if (!ok) continue;
    if (boundaryAt(t, end, rest) || (inList && SURNAME.startingAt(t, end) && nameLengthAt(t, end, false) > 0)) return end - i;
  }
  return 0;
}

const HEADS = new PhraseTable(AGENCY_HEADS);
const LABEL_ONLY = /^(?:文|图|摄影|一审|二审|三审|校对|审核)$/;
const TITLE_RANK = /(?:常务|专职|特邀|资深|首席|[一二三四]级)+$/;
/** A body written without place or level right before a title (副省长、公安厅厅长): its span, if any. */
function bareBodyEndingAt(t: string, end: number): (Range & { bare: true }) | undefined {
  const head = HEADS.endingAt(t, end);
  if (!head) return undefined;
  let s = end - head.length;
  while (s > end - 14 && isCjk(t.charCodeAt(s - 1)) && !STOPS.endingAt(t, s) && !TITLES.endingAt(t, s)) s--;
  // a head alone (办公室 of 市委610办公室主任, cut at the digits) names no body
  return end - s >= 3 && end - s > head.length ? { start: s, end, bare: true } : undefined;
}

/** The chain of titles (each perhaps after an agency) that ends at `end`: 副省长、公安厅厅长. */
function titlesBefore(t: string, end: number, agencyEnds: Map<number, Range>): Mention['posts'] {
  const posts: NonNullable<Mention['posts']> = [];
  // a byline label (作者：吕波, 记者：…) may have a colon before the name
  let j = '：/'.includes(t.charAt(end - 1)) && /(?:作者|编辑|记者|通讯员|文|图|摄影|一审|二审|三审|校对|审核)$/.test(t.slice(Math.max(0, end - 5), end - 1)) ? end - 1 : end;
  for (;;) {
    const title = TITLES.endingAt(t, j);
    if (!title || (LABEL_ONLY.test(title) && j === end)) break; // 文/ 图/ 一审/ only as byline labels
    // 常务副厅长, 二级高级警长, 特邀研究员: a rank word before the title belongs to it
    const ts = j - title.length - (TITLE_RANK.exec(t.slice(Math.max(0, j - title.length - 4), j - title.length))?.[0].length ?? 0);
    const agency = agencyEnds.get(ts) ?? bareBodyEndingAt(t, ts);
    const start = agency ? agency.start : ts;
    posts.unshift({ title, ...(agency ? { agency } : {}), span: { start, end: j } });
    j = start;
    if (t.charAt(j - 1) === '、' || t.charAt(j - 1) === '兼') j--;
    else if (agency && TITLES.endingAt(t, j)) continue; // 市公安局党委副书记、副局长 → 党委副书记 after 公安局
    else break;
  }
  return posts;
}

type AgencyEnds = Map<number, Range>;

/** A name anchored by a title before it, a title after it, or a contact label (承办人：…吴彦涛). */
function anchoredAt(t: string, i: number, agencyEnds: AgencyEnds, rest: Uint8Array): { len: number; posts: NonNullable<Mention['posts']> } | undefined {
  const before = titlesBefore(t, i, agencyEnds);
  const inList = !!before?.some((p) => /记者|通讯员/.test(p.title));
  const len = before?.length ? nameLengthAt(t, i, inList, rest) : 0;
  if (len) return { len, posts: before! };
  const l = nameLengthAt(t, i, false);
  if (!l) return undefined;
  const body = agencyEnds.get(i);
  if (body && CONTACT_LABELS.test(t.slice(Math.max(0, body.start - 5), body.start)))
    // 承办人：省公安厅刑侦总队吴彦涛: the person works in the body written before the name
    return { len: l, posts: [{ title: '承办人', agency: body, span: { start: body.start, end: i } }] };
  // 柳新群代表, 毛伟明省长: a title after the name, the name after a verb or preposition (贯彻习近平总书记) or punctuation
  const after = TITLE_AFTER.startingAt(t, i + l);
  if (!after || (isCjk(t.charCodeAt(i - 1)) && !/[级籍]/.test(t.charAt(i - 1)) && !STOPS.endingAt(t, i))) return undefined;
  return { len: l, posts: [{ title: after, span: { start: i + l, end: i + l + after.length } }] };
}

/** 柳新群代表是泉州市公安局党委副书记、副局长: posts stated after the name. */
function postsStatedAfter(t: string, m: Mention, agencyEnds: AgencyEnds): void {
  const is = /^(?:代表|委员|同志)?(?:是|系|任|现任|担任)/.exec(t.slice(m.end, m.end + 6));
  if (!is) return;
  const from = m.end + is[0].length;
  for (let e = from + 2; e <= Math.min(t.length, from + 30); e++) {
    if (isCjk(t.charCodeAt(e)) || t.charAt(e) === '、') continue;
    const later = titlesBefore(t, e, agencyEnds) ?? [];
    if (later.length && later[0]!.span.start === from) m.posts = [...(m.posts ?? []), ...later];
    return;
  }
}

/** Bylines: the next names of a list (记者徐锡思林莉莉), a name after 讯（, a name alone in brackets at the end (（朱琴）). */
function bylineNames(t: string, found: Mention[]): Mention[] {
  const more: Mention[] = [];
  for (const m of found) {
    if (!m.posts?.some((p) => /记者|通讯员/.test(p.title))) continue;
    for (let e = m.end, l; (l = nameLengthAt(t, e, true)); e += l)
      more.push({ type: 'Official', start: e, end: e + l, name: t.slice(e, e + l), rule: 'person.byline', prio: 2, posts: m.posts });
  }
  for (const re of [/讯[（(]([\u4e00-\u9fff]{2,3})(?=\s*(?:通讯员|记者|摄|[）)]))/g, /[（(]([\u4e00-\u9fff]{2,3})[）)]\s*$/g]) {
    for (let m; (m = re.exec(t)); ) {
      const at = m.index + m[0].indexOf(m[1]!);
      if (SURNAME.startingAt(t, at) && !found.some((f) => f.start === at)) more.push({ type: 'Official', start: at, end: at + m[1]!.length, name: m[1]!, rule: 'person.byline', prio: 2, posts: [] });
    }
  }
  return more;
}

export function personMentions(t: string, agencies: Mention[], out: Mention[], addressees: readonly string[] = []): void {
  const agencyEnds: AgencyEnds = new Map();
  for (const a of agencies) if (!agencyEnds.has(a.end) || agencyEnds.get(a.end)!.start > a.start) agencyEnds.set(a.end, a);
  const rest = restsOfBodies(t, agencies);
  const found: Mention[] = [];
  for (let i = 1; i < t.length; i++) {
    const hit = anchoredAt(t, i, agencyEnds, rest);
    if (!hit) continue;
    found.push({ type: 'Official', start: i, end: i + hit.len, name: t.slice(i, i + hit.len), rule: 'person.title', prio: 2, posts: hit.posts });
    i += hit.len - 1;
  }
  for (const m of found) postsStatedAfter(t, m, agencyEnds);
  // bodies named only inside a post (公安厅 of 公安厅厅长) are mentions too
  for (const m of found)
    for (const p of m.posts ?? [])
      if (p.agency && 'bare' in p.agency) out.push({ type: 'Agency', start: p.agency.start, end: p.agency.end, name: t.slice(p.agency.start, p.agency.end), rule: 'agency.in-post', prio: 4 });
  found.push(...bylineNames(t, found));
  out.push(...found);
  // bare repeats of an anchored name, and of the addressees of a reply (黄乐、叶剑芝、杨书林代表：)
  const names = new Set(found.map((m) => m.name));
  for (const a of addressees) if (/^[\u4e00-\u9fff]{2,4}$/.test(a) && SURNAME.startingAt(a, 0)) names.add(a);
  const taken = new Set(found.map((m) => m.start));
  for (const name of names) {
    for (let i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
      if (taken.has(i) || (isCjk(t.charCodeAt(i - 1)) && !/[，。、：；（）\n“”]/.test(t.charAt(i - 1)) && !TITLES.endingAt(t, i))) continue;
      out.push({ type: 'Official', start: i, end: i + name.length, name, rule: 'person.repeat', prio: 3 });
    }
  }
}
