// Named things: 《titles》 (Law or Proposal by their last words), “quoted” names typed by a head word
// inside or right after the quotes, unquoted names closed by an open-class head (…专项行动, …机制,
// …座谈会), numbered proposals, and the lexicon of general knowledge (national bodies, banks,
// operators, nationally named campaigns and laws).
import type { EntityType } from '../model.js';
import { LEXICON, OPERATORS } from '../lexicon.js';
import { HEAD_AFTER_QUOTE, LAW_TITLE_END, SLOGAN_AFTER_QUOTE, LISTED_CAMPAIGNS, LISTED_MEASURES, NAME_LEFT_STOPS, NOT_DESTINATION, REPEATED_MEETING_BEFORE, VISIT_MEETING, SESSION_PATTERNS, OPEN_HEADS, PROPOSAL_TITLE_END, QUOTED_HEADS } from '../patterns/entities.js';
import type { Mention } from './doc.js';
import { PhraseTable, bareName, isCjk, leftEdge } from './matcher.js';
import { placesIn } from './region.js';
import { placeAt } from '../gazetteer.js';

const TITLE_RE = /《([^《》\n]{2,100})》/g;
const QUOTE_RE = /[“‘]([^“”‘’\n]{1,30})[”’]/g;
/** A head shared by a run of quoted names, after 等 / 一系列. */
const RUN_GAP = /^(?:[、，]|和[\u4e00-\u9fff]{0,4})?(?=[“‘])/;
const GENERIC_MEASURE = /^(?:[\u4e00-\u9fff]{0,4}(?:工作|措施)|[\u4e00-\u9fff]*(?:办|小组|中心|部门|专班)(?:工作)?|[\u4e00-\u9fff]*(?:规范|制度|机制|办法|措施|标准|体系)[和与及])$/;
const QUOTE_APPLIED = /(?:开展|实行|推行|坚持|落实|按照|执行|运用|推广|实施|依托|发挥|恪守|遵循)$/;
const METHOD_RE = /(?:开展|推进|加强|强化|落实|实行|推行|纳入|完善|深化)([\u4e00-\u9fff]{2,10}?(?:管理|管控|清理|防控|核查|认证|考核|考评|督办))(?:工作)?(?=[，。；、])/g;
/** Methods too generic to name one (加强行业监管, 强化日常管理). */
const GENERIC_METHOD = /^(?:行业|日常|综合|统筹|协调|监督|安全|内部|重点|规范|常态化|全面)(?:管理|管控|监管|考核)$/;
const RUN_MEASURE_HEAD = /^等(专题专栏|专栏|平台|机制|制度|模式)/;
const RUN_HEAD = /^等(?:一系列|系列|一批)?(?:专项攻坚|专项|集中|攻坚)?(?:行动|战役|会战|活动)/;
const PROPOSAL_RE = /第[0-9]{1,6}号(?:建议|提案|议案)/g;
const SHORT_FOR_RE = /[（(]以下简称(?:为)?[《“]?([^》”）)]{1,20})[》”]?[）)]/y;
const QUOTED_INNER = QUOTED_HEADS.map((q) => ({ type: q.type, table: new PhraseTable(q.heads) }));
const QUOTED_AFTER = HEAD_AFTER_QUOTE.map((q) => ({ type: q.type, table: new PhraseTable(q.heads) }));
const OPEN = OPEN_HEADS.map((o) => ({ ...o, table: new PhraseTable(o.heads) }));
const OPEN_MEASURE = OPEN.find((o) => o.type === 'Measure')!.table;
const STOPS = new PhraseTable(NAME_LEFT_STOPS);
const LEX = new PhraseTable(LEXICON.keys());
const MEASURE_CONTEXT = /(?:(?:开展|加强|推进|实施|实行|执行|进行|强化|落实|运用|开设|建立|完善|推广|安装|下载|启动|提升|升级|深化)了?|[、，“和与及])$/;
const TITLED_MEASURE = /^(?:课程|课|教材|专栏|栏目)/;
const NOT_TITLE_END = /(?:报|网|节目|栏目|杂志|专栏|一书|手册)$/;

function titleMentions(t: string, out: Mention[]): void {
  TITLE_RE.lastIndex = 0;
  for (let m; (m = TITLE_RE.exec(t)); ) {
    const inner = bareName(m[1]!);
    if (NOT_TITLE_END.test(inner)) continue;
    // a title typed by what follows it (《思想道德修养与法律基础》课程) is a measure, not a document
    const course = TITLED_MEASURE.test(t.slice(m.index + m[0].length, m.index + m[0].length + 2));
    const type: EntityType | undefined = course ? 'Measure' : PROPOSAL_TITLE_END.test(inner) ? 'Proposal' : LAW_TITLE_END.test(inner) ? 'Law' : undefined;
    if (!type) continue;
    const end = m.index + m[0].length;
    const known = LEXICON.get(inner);
    const mention: Mention = { type, start: m.index, end, name: inner, rule: `title.${type.toLowerCase()}`, prio: 1, ...(known?.type === type ? { canonical: known.name } : {}) };
    SHORT_FOR_RE.lastIndex = end;
    const short = SHORT_FOR_RE.exec(t);
    if (short) mention.props = { shortForm: bareName(short[1]!) };
    out.push(mention);
  }
}

function typeByHead(tables: { type: EntityType; table: PhraseTable }[], t: string, at: number, ending: boolean): { type: EntityType; head: string } | undefined {
  for (const { type, table } of tables) {
    const head = ending ? table.endingAt(t, at) : table.startingAt(t, at);
    if (head) return { type, head };
  }
  return undefined;
}

/** Quoted names in a run (“惊雷”“断卡”“止戈”等一系列专项行动): the run's end, where a shared head may follow. */
function runEnd(t: string, from: number): number {
  let end = from;
  for (;;) {
    // between two quoted names: nothing, 、 or ，, or 和 with a word (“集群打零”和反电诈“…”)
    const gap = RUN_GAP.exec(t.slice(end, end + 7))?.[0].length;
    if (gap === undefined) return end;
    QUOTE_RE.lastIndex = end + gap;
    const next = QUOTE_RE.exec(t);
    if (!next || next.index !== end + gap) return end;
    end = next.index + next[0].length;
  }
}

function quotedMentions(t: string, out: Mention[]): void {
  QUOTE_RE.lastIndex = 0;
  for (let m; (m = QUOTE_RE.exec(t)); ) {
    const end = m.index + m[0].length;
    const inner = bareName(m[1]!);
    const lex = LEXICON.get(inner);
    const after = typeByHead(QUOTED_AFTER, t, end, false);
    const shared = after ? undefined : RUN_HEAD.exec(t.slice(runEnd(t, end), runEnd(t, end) + 12));
    // “网络安全法治教育”等专题专栏: a measure named by its quoted part and the head after 等
    const sharedMeasure = after || shared ? undefined : RUN_MEASURE_HEAD.exec(t.slice(end, end + 8));
    const within = typeByHead(QUOTED_INNER, t, end - 1, true);
    // 发挥“村警”优势, 开展“回头看”, 按照“日盯办、周调度…”: what a body applies is a measure
    const applied = QUOTE_APPLIED.test(t.slice(Math.max(0, m.index - 4), m.index)) ? 'Measure' : undefined;
    const type = after?.type ?? (shared ? 'Campaign' : sharedMeasure ? 'Measure' : undefined) ?? within?.type ?? (lex && lex.type !== 'Agency' ? lex.type : undefined) ?? applied;
    QUOTE_RE.lastIndex = end;
    if (!type || inner.length < 2 || SLOGAN_AFTER_QUOTE.test(t.slice(end, end + 5))) continue;
    // the head after the quotes belongs to the mention's surface (“断卡”行动), not to its name
    const spanEnd = after && (type === 'Campaign' || /机制|制度|平台|体系|清单|APP|App|app|系统/.test(after.head)) ? end + after.head.length : end;
    // “国家反诈中心”APP: the head completes a known name
    const known = after ? LEXICON.get(inner + after.head) : undefined;
    const name = sharedMeasure ? inner + sharedMeasure[1]! : known?.type === type ? known.name : lex?.type === type ? lex.name : inner;
    out.push({ type, start: m.index, end: spanEnd, name, rule: `quoted.${type.toLowerCase()}${shared ? '.run' : ''}`, prio: 2 });
  }
}

/** Left edge of an open-class name closed by a head at headStart (-1: none within reach). */
function scanLeft(t: string, headStart: number, maxLen: number, table: PhraseTable): number {
  // A机制和B机制: a complete name before 和 / 与 / 及 ends this one
  let j = leftEdge(t, headStart, maxLen, (k) => !!STOPS.endingAt(t, k) || ('和与及、'.includes(t.charAt(k - 1)) && !!table.endingAt(t, k - 1)));
  if (j > 0 && t.charAt(j - 1) === '全' && '省市县区国'.includes(t.charAt(j))) j--;
  return j;
}

function openHeadMentions(t: string, out: Mention[]): void {
  for (const { type, table, maxLen, after } of OPEN) {
    for (let end = 2; end <= t.length; end++) {
      const head = table.endingAt(t, end);
      // …推进会 of …推进会议: the longer name is the one
      if (!head || table.startingAt(t, end) || (head.endsWith('会') && t.charAt(end) === '议')) continue;
      let start = scanLeft(t, end - head.length, maxLen, table);
      if (start < 0) continue;
      // a year or count in front is not part of the name (2021年预警平台, 29个违规App)
      const lead = (type === 'Meeting' || type === 'Law' ? /^(?:\d{4}年(?:度)?|\d{1,2}月(?:\d{1,2}日)?(?:上午|下午)?|\d+[个家项条])+/ : /^(?:\d{4}年(?:度)?|\d{1,2}月(?:\d{1,2}日)?|\d+[个家项条]|全?[省市县区州国]|我[省市县区]|本[省市县区])+/).exec(t.slice(start, end));
      if (lead) start += lead[0].length;
      // a campaign is named without the place that runs it (仙桃市打击治理…专项行动)
      const place = type === 'Campaign' ? placeAt(t, start) : undefined;
      if (place?.full && place.end < end - head.length) start = place.end;
      // a quoted name inside a campaign or measure is its own mention (市市场监管局“治乱补短全民反诈”专项行动);
      // a meeting may carry one in its name (“无诈校园”建设工作启动仪式)
      // (a campaign's quoted name is its name: “全民反诈”宣传月活动 is 全民反诈; a measure may open with one)
      const quote = start + t.slice(start, end + 1).lastIndexOf('“'); // bounded: not a scan back to the text's start
      if (type === 'Campaign' ? quote >= start : type === 'Measure' && quote > start) continue;
      const before = t.slice(Math.max(0, start - 6), start);
      if ((after && !after.test(before)) || (type === 'Meeting' && REPEATED_MEETING_BEFORE.test(before))) continue;
      const name = bareName(t.slice(start, end));
      // a measure needs a modifier of its own (风险评估机制, not 工作机制); a meeting may be its head alone (新闻发布会)
      const minModifier = (type === 'Measure' && head.length < 4) || head === '会议' ? 4 : type === 'Meeting' && head.length >= 4 ? 0 : 2;
      if (name.length < head.length + minModifier) continue;
      // 劝阻工作机制, 协调办工作机制: a body's or a task's working arrangement, not a named measure
      const modifier = name.slice(0, name.length - head.length);
      if (type === 'Measure' && (GENERIC_MEASURE.test(modifier) || (head === '平台' && /诈骗|违法|违规|网贷|赌博/.test(modifier)))) continue;
      if (type === 'Campaign' && /^(?:集中|大型|主题|专题|系列|各类|多场|相关)$/.test(modifier)) continue;
      out.push({ type, start, end, name, rule: `open.${type.toLowerCase()}:${head}`, prio: 4 });
    }
  }
}

/** Operators in a list (电信、移动、联通) or with 中国 (中国移动). */
const OPERATOR_RE = /(?:中国)?(?:电信|移动|联通|广电)公司|(?:中国)?(?:电信|移动|联通|广电)(?=[、和及与，。；等）)]|三大|运营商)|中国(?:电信|移动|联通|广电)/g;
const SECTOR_LIST_END = /^[^，。；运公]{0,10}?(?:等|相关)?(?:主管)?(?:部门|行业|领域)/;
function operatorMentions(t: string, out: Mention[]): void {
  OPERATOR_RE.lastIndex = 0;
  for (let m; (m = OPERATOR_RE.exec(t)); ) {
    const key = /电信|移动|联通|广电/.exec(m[0])![0];
    const listed = m[0].startsWith('中国') || m[0].endsWith('公司') || '、和及与'.includes(t.charAt(m.index - 1)) || '、和及与'.includes(t.charAt(m.index + m[0].length));
    // 金融、电信、网信等部门: 电信 alone among sectors is the sector, not the operator (公安、电信、移动、联通等部门 names operators)
    const end = m.index + m[0].length;
    const sector = SECTOR_LIST_END.test(t.slice(end, end + 14)) && !/电信|移动|联通/.test(t.slice(Math.max(0, m.index - 6), m.index) + t.slice(end, end + 6));
    if (listed && !sector) out.push({ type: 'Agency', start: m.index, end: m.index + m[0].length, name: OPERATORS[key]!, canonical: OPERATORS[key]!, rule: 'lexicon.operator', prio: 3 });
  }
}

function lexiconMentions(t: string, out: Mention[]): void {
  for (let i = 0; i < t.length; i++) {
    const w = LEX.startingAt(t, i);
    if (!w) continue;
    const e = LEXICON.get(w)!;
    const end = i + w.length;
    if (e.quotedOnly && !/^(?:专项行动|行动|战役)/.test(t.slice(end, end + 4))) continue;
    if (e.type === 'Agency' && '门员'.includes(t.charAt(end))) continue; // 教育部门, 委员
    if (w.length <= 2 && e.type === 'Agency' && isCjk(t.charCodeAt(i - 1)) && isCjk(t.charCodeAt(end)) && !'、和与及'.includes(t.charAt(end))) continue;
    // a known method is named as a thing where it is done or listed (加强技术反制, 、精准预警劝阻、), not inside a phrase (预警劝阻电话)
    if (e.type === 'Measure' && !MEASURE_CONTEXT.test(t.slice(Math.max(0, i - 3), i))) continue;
    out.push({ type: e.type, start: i, end, name: e.name, canonical: e.name, rule: 'lexicon', prio: 3, ...(e.expand ? { expand: e.expand } : {}) });
    i = end - 1;
  }
}

/** Sessions, with the level (省) or place (顺德区) written before them. */
function sessionMentions(t: string, out: Mention[]): void {
  for (const re of SESSION_PATTERNS) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(t)); ) {
      let start = m.index;
      if (/[省市县区州]/.test(t.charAt(start - 1))) {
        start--;
        const place = placesIn(t.slice(Math.max(0, start - 8), start + 1)).at(-1);
        if (place && t.slice(0, start + 1).endsWith(place.name)) start -= place.name.length - 1;
      } else if (t.startsWith('全国', start - 2)) start -= 2;
      out.push({ type: 'Meeting', start, end: m.index + m[0].length, name: t.slice(start, m.index + m[0].length), rule: 'meeting.session', prio: 1 });
    }
  }
}

/** Unquoted names listed before a shared head: 网络宣传周、网络文化节等活动; 案件通报、风险评估等机制. */
function listedNames(t: string, out: Mention[]): void {
  LISTED_CAMPAIGNS.lastIndex = 0;
  for (let m; (m = LISTED_CAMPAIGNS.exec(t)); ) {
    let at = m.index;
    for (const item of m[1]!.split('、')) {
      out.push({ type: 'Campaign', start: at, end: at + item.length, name: item, rule: 'campaign.listed', prio: 3 });
      at += item.length + 1;
    }
  }
  LISTED_MEASURES.lastIndex = 0;
  for (let m; (m = LISTED_MEASURES.exec(t)); ) {
    const head = m[2]!;
    // the first item's left edge: after the verb that takes the list (建立健全案件通报、…)
    const firstEnd = m.index + m[1]!.indexOf('、');
    const start = scanLeft(t, firstEnd, 10, OPEN_MEASURE);
    if (start < 0 || firstEnd - start < 2) continue;
    let at = start;
    for (const item of t.slice(start, m.index + m[1]!.length).split('、')) {
      if (item.length >= 2) out.push({ type: 'Measure', start: at, end: at + item.length, name: item + head, rule: 'measure.listed', prio: 3 });
      at += item.length + 1;
    }
  }
}

/** 开展存量账户清理工作, 加强账户全生命周期管理, 实行挂牌督办: a named working method after the verb that applies it. */
function methodMentions(t: string, out: Mention[]): void {
  METHOD_RE.lastIndex = 0;
  for (let m; (m = METHOD_RE.exec(t)); ) {
    const name = m[1]!;
    // a method is named by what it is done to (存量账户清理, 新开卡管控), more than one word before its head
    if (name.length < 5 || /[与和及]/.test(name) || GENERIC_METHOD.test(name)) continue;
    const start = m.index + m[0].indexOf(name);
    out.push({ type: 'Measure', start, end: start + name.length, name, rule: 'measure.method', prio: 5 });
  }
}

function visitMentions(t: string, out: Mention[]): void {
  VISIT_MEETING.lastIndex = 0;
  for (let m; (m = VISIT_MEETING.exec(t)); ) {
    const name = m[1]!;
    if (NOT_DESTINATION.test(name.slice(0, name.indexOf('调研')))) continue;
    out.push({ type: 'Meeting', start: m.index, end: m.index + name.length, name, rule: 'meeting.visit', prio: 4 });
  }
}

export function nameMentions(t: string, out: Mention[]): void {
  visitMentions(t, out);
  methodMentions(t, out);
  listedNames(t, out);
  sessionMentions(t, out);
  operatorMentions(t, out);
  titleMentions(t, out);
  quotedMentions(t, out);
  openHeadMentions(t, out);
  lexiconMentions(t, out);
  PROPOSAL_RE.lastIndex = 0;
  for (let m; (m = PROPOSAL_RE.exec(t)); ) out.push({ type: 'Proposal', start: m.index, end: m.index + m[0].length, name: m[0], rule: 'proposal.number', prio: 1 });
}
