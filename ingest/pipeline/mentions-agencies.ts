// Agencies by grammar: [place or level]* modifiers head-noun, the name's left edge found by
// scanning back from the head until a verb, preposition or punctuation (LEFT_STOPS).
import { placeAt } from '../gazetteer.js';
import { AGENCY_HEADS, GENERIC_ACTORS, GENERIC_MODIFIER, LEFT_STOPS, NAME_PREFIXES, NOT_HEAD_AFTER, ORGAN_AFTER_AGENCY, REGIONAL_HEADS, STANDALONE_HEADS, SUBUNIT_HEADS, VERB_IN_NAME } from '../patterns/entities.js';
import { LEXICON } from '../lexicon.js';
import type { Mention } from './doc.js';
import { PhraseTable, leftEdge } from './matcher.js';

const HEADS = new PhraseTable(AGENCY_HEADS);
const STOPS = new PhraseTable(LEFT_STOPS);
const KNOWN_BODIES = [...LEXICON].filter(([, e]) => e.type === 'Agency' && !e.expand).map(([k]) => k);
// a known body can open a compound name (人民银行长沙中心支行, 公安部刑侦局)
const PREFIXES = new PhraseTable([...NAME_PREFIXES, ...KNOWN_BODIES.filter((k) => k.length >= 3)]);
/** Words that end a complete body: head nouns and known bodies (国务院 of 国务院和省委). */
const BODY_ENDS = new PhraseTable([...AGENCY_HEADS, ...KNOWN_BODIES]);
const GENERIC = new PhraseTable(GENERIC_ACTORS);
const ORGANS = new PhraseTable(ORGAN_AFTER_AGENCY);
const MAX_NAME = 40;

/** A head is not one when the next character makes it part of another word (办理, 部门, 局面, 委员). */
const NOT_HEAD_BEFORE: Record<string, string> = {
  办: '理法案公结好事学成件', 部: '门署分长队位署分际', 委: '员托会', 局: '长面势部限', 科: '技学长', 所: '有以长属在需',
  站: '在长位', 厅: '长', 院: '校士长内所线', 中心: '任工城', 镇: '长', 乡: '长村镇', 街道: '办', 社区: '矫民', 委员会: '委',
  署: '名', 大学: '生', 处: '理置长罚于在非', 大队: '长', 支队: '长', 总队: '长', 分局: '长', 支行: '长', 党委: '书副委', 党组: '书副成', 公司: '法', 人大: '代常', 政协: '',
  办公室: '主', 报: '道告送名', 联盟: '链',
};

/** Is a place or a level prefix at position i? Returns its length. */
function prefixAt(t: string, i: number): number {
  const p = PREFIXES.startingAt(t, i);
  const g = placeAt(t, i);
  return Math.max(p?.length ?? 0, g ? g.end - i : 0);
}

/** Left edge of the name ending with a head that starts at `headStart` (-1: none within reach). */
function scanLeft(t: string, headStart: number): number {
  return leftEdge(t, headStart, MAX_NAME, (j) => {
    const stop = STOPS.endingAt(t, j);
    // a stop word that opens a prefix or an inner head (协调 of 省协调小组办公室) is part of the name
    if (stop && !(prefixAt(t, j - stop.length) > stop.length) && !((HEADS.startingAt(t, j - stop.length)?.length ?? 0) > stop.length)) return true;
    // a complete body before 和 / 与 / 及 ends the name (公安局和市场监管局); so does 与 before a place or level (多次与省通管局研究)
    if (!'和与及'.includes(t.charAt(j - 1))) return false;
    return !!BODY_ENDS.endingAt(t, j - 1) || (t.charAt(j - 1) === '与' && prefixAt(t, j) > 0);
  });
}

function isHeadAt(t: string, end: number, head: string): boolean {
  const next = t.charAt(end);
  const bad = NOT_HEAD_BEFORE[head];
  if (bad && next && bad.includes(next)) return false;
  const prev = NOT_HEAD_AFTER[head];
  return !(prev && prev.includes(t.charAt(end - head.length - 1)));
}

/** The name without the places it opens with (苏州市姑苏区沧浪街道潼泾二社区 → 沧浪街道潼泾二社区). */
function withoutPlaces(name: string): string {
  let i = 0;
  for (let hit = placeAt(name, 0); hit && hit.full; hit = placeAt(name, i)) i = hit.end;
  return name.slice(i);
}

/** A name that reads as a phrase rather than a body (7家银行, 商业银行, 诈骗集团, 市州公安局). */
function implausible(name: string, head: string, prefixed: boolean): boolean {
  if (/^(?:市州|县市区|市县|省市(?!场)|[省市县区镇]直|[省市县区]级|[镇乡]办$)/.test(name)) return true;
  // 泉港区下辖街道, 城区学校: a place or level followed by a generic word names no body
  if (prefixed && /^(?:下辖|辖区|辖内|城区|所属|相关|有关|部分|重点)/.test(withoutPlaces(name).replace(/^[省市县区镇乡]/, ''))) return true;
  // 区和重点银行, 国务院和省委: a level or a whole body before 和 is a list, not one name
  const and = /[和与及]/.exec(name);
  if (and && (/^(?:省|市|县|区|州)$/.test(name.slice(0, and.index)) || HEADS.endingAt(name, and.index))) return true;
  if (/诈骗|犯罪/.test(name) && /集团|公司|团伙/.test(head)) return true;
  if (/^(?:社区|镇|乡|街道|村委会|居委会)$/.test(head) && withoutPlaces(name).length > 10) return true;
  // a place and a generic head alone (四川省银行, 城区学校) names no body
  if ((STANDALONE_HEADS.has(head) || /学校|中学|小学/.test(head)) && !/[办局厅委院]|报|台|网/.test(head) && placeAt(name, 0)?.end === name.length - head.length) return true;
  if (!prefixed) return /[0-9一二三四五六七八九十几多和与及]/.test(name.charAt(0)) || /\d+余?[家个]/.test(name) || GENERIC_MODIFIER.test(name) || VERB_IN_NAME.test(name) || /^[\u4e00-\u9fff]{1,3}[和与及]/.test(name) || name.split(/[和与及]/).slice(1).some((p) => GENERIC_MODIFIER.test(p));
  return false;
}

export function agencyMentions(t: string, out: Mention[], withGenericActors: boolean): void {
  for (let end = 2; end <= t.length; end++) {
    const head = HEADS.endingAt(t, end);
    if (!head || !isHeadAt(t, end, head)) continue;
    const headStart = end - head.length;
    const region = scanLeft(t, headStart);
    if (region < 0) continue; // no left edge within reach: not a name
    let start = -1;
    // a bare level word (省, 市) opens a name only at the left edge (治省委员会 is no 省委员会)
    for (let i = region; i < headStart; i++) if (prefixAt(t, i) > (i === region || (i === region + 1 && '全我本'.includes(t.charAt(region))) ? 0 : 1)) {
      start = i;
      break;
    }
    // 恒丰银行成都分行: a whole body before the place is part of the name
    if (start > region && BODY_ENDS.endingAt(t, start)) start = region;
    // 全省“法润三湘”大学生普法联盟: a province-wide body with a name of its own is not named after the province
    if (start === region + 1 && t.charAt(region) === '全' && t.charAt(start + 1) === '“') start += 1;
    const prefixed = start >= 0;
    if (start < 0) {
      if (!STANDALONE_HEADS.has(head) || end - region < 4) continue;
      start = region;
    }
    let name = t.slice(start, end);
    if (t.charAt(start - 1) === '各' || implausible(name, head, prefixed)) continue; // 各县教育局: a collective
    // 我省成立打击治理…协调小组: an unprefixed regional body takes the level written before it, else the document's region
    let regional = false;
    if (!prefixed && REGIONAL_HEADS.test(name)) {
      const level = /(?:我|全|本)?([省市县区])(?:成立|组建|设立)?$/.exec(t.slice(Math.max(0, start - 4), start));
      if (level) name = level[1]! + name;
      else regional = true;
    }
    // 县委县政府, 省委省人民政府: two bodies written together
    const pair = /^(.+?委)([省市县区州](?:人民)?政府)$/.exec(name);
    if (pair) {
      const s2 = start + pair[1]!.length;
      out.push({ type: 'Agency', start: s2, end, name: pair[2]!, rule: 'agency.pair', prio: 5, head: head.length });
      continue;
    }
    if (name.length <= head.length && !/^(?:省|市|县|区|州)/.test(name)) continue;
    if (name.length < 2 || /^(?:省|市|县|区|州|镇|乡|村)$/.test(name)) continue;
    // 公安局党委 is the bureau's organ (a post in it), not a body of its own
    const organ = ORGANS.endingAt(t, end);
    if (organ && HEADS.endingAt(t, end - organ.length)) continue;
    out.push({ type: 'Agency', start, end, name: name.replace(/[“”]/g, ''), rule: `agency.head:${head}`, prio: 5, head: head.length, ...(regional ? { generic: true } : {}) });
  }
  inheritListPrefix(t, out);
  mediaOutlets(t, out);
  genericActors(t, out, withGenericActors);
}

/** 公安机关 / 通信管理部门 …: one actor each, scoped later to the document's region. */
function genericActors(t: string, out: Mention[], dutyGenre: boolean): void {
  for (let i = 0; i < t.length; i++) {
    const g = GENERIC.startingAt(t, i);
    if (!g) continue;
    // outside plans, notices and resolutions, only in a duty clause (《决议》提出公安机关要…)
    if (!dutyGenre && !/^(?:要|应当|应|负责)/.test(t.slice(i + g.length, i + g.length + 2))) continue;
    out.push({ type: 'Agency', start: i, end: i + g.length, name: g, rule: 'agency.generic', prio: 6, generic: true });
    i += g.length - 1;
  }
}

const LEVEL_PREFIX = /^(?:省委|市委|县委|区委|州委|省|市|县|区|州)(?![委级内直])/;
const LIST_ITEM = /^[^\s、，。；和与及\p{P}]{1,10}/u;

/**
 * 县公安局、检察院、法院、教育局: list members written without the level of the first take it
 * (县检察院), so the region scopes them like the first.
 */
function inheritListPrefix(t: string, out: Mention[]): void {
  const found = out.filter((m) => m.type === 'Agency');
  const starts = new Set(found.map((m) => m.start));
  for (const first of found) {
    // the parent of a compound first member (市市场监管局 of 市市场监管局执法监督科), else its place or level word
    const parent = found.find((p) => p.start === first.start && p.end < first.end && SUBUNIT_HEADS.has(HEADS.endingAt(first.name, first.name.length) ?? ''));
    const place = placeAt(first.name, 0);
    const level = parent ? parent.name : place?.full ? first.name.slice(0, place.end) : LEVEL_PREFIX.exec(first.name)?.[0];
    if (!level) continue;
    let pos = first.end;
    while (t.charAt(pos) === '、' || (t.charAt(pos) === '和' && t.charAt(pos - 1) !== '、')) {
      const item = LIST_ITEM.exec(t.slice(pos + 1, pos + 12))?.[0];
      if (!item) break;
      let len = 0;
      for (let k = item.length; k >= 2 && !len; k--) if (HEADS.endingAt(item, k) && !STOPS.endingAt(item, k) && isHeadAt(t, pos + 1 + k, HEADS.endingAt(item, k)!)) len = k;
      if (!len) break;
      const start = pos + 1;
      if (!starts.has(start) && !prefixAt(t, start) && !item.startsWith(level)) out.push({ type: 'Agency', start, end: start + len, name: level + item.slice(0, len), rule: 'agency.list-level', prio: 5 });
      pos = start + len;
    }
  }
}

/** A media outlet where bylines and source lines name one (佛山新闻网讯, 来源：厦门网, 华商网-华商报, …等新闻媒体). */
const OUTLET_RE = /(?<=^|[\d\s（(/·-]|来源[：:]?|据)([\u4e00-\u9fff]{2,8}?(?:网|报|在线|发布|新闻|电视台|广播电台))(?=讯|记者|报道|消息|客户端|责任编辑|编辑|作者|时间|[·/\-]|\s|$)|(?<=^|[、，\s])([\u4e00-\u9fff]{2,8}?(?:网|报|在线|发布|电视台|广播电台))(?=等新闻媒体|等媒体|、[^、]{2,10}(?:网|报|电视台)[、等])/gm;
function mediaOutlets(t: string, out: Mention[]): void {
  OUTLET_RE.lastIndex = 0;
  for (let m; (m = OUTLET_RE.exec(t)); ) {
    const name = (m[1] ?? m[2])!;
    if (/^(?:互联|电信|网络|通讯|信息|日报|据|本|我|该|相关|新闻|通信)|[和与及]|(?:汇|情|举|通|简|预|公|回|呈)报$|[厅局委办院]发布$/.test(name)) continue;
    out.push({ type: 'Agency', start: m.index, end: m.index + name.length, name, rule: 'agency.media', prio: 4 });
  }
}
