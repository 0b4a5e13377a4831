// Entity mentions (Agency, Campaign, Law, Meeting, Official, Proposal, Measure) found in the
// normalised view of a document, from the lexicon and from general patterns. Pure; offsets are
// into the normalised text (the caller maps them back to the original).
import type { EntityType } from './model.js';
import { LEXICON, OPERATORS, PLACE_NAMES, escapeRe } from './lexicon.js';
import { CharSet, WordTable, execFromFirstChars, execInRuns, lastFullStopOrNewline, lastIndexOfWithin } from './char-tables.js';

export interface Candidate {
  type: EntityType;
  start: number;
  end: number;
  /** Name before scoping (normalised, no quotes / 《》 / spaces). */
  name: string;
  /** Further surface forms to keep as aliases. */
  extraAliases?: string[];
  prio: number;
  props?: Record<string, string>;
  /** This mention refers to the document's author (我厅, 我们 …). */
  author?: boolean;
  /** May sit inside another accepted mention (parent of a compound agency). */
  nestedOk?: boolean;
  /** Several canonical entities for one surface (中农工建交). */
  expand?: string[];
  /** Agencies may sit inside this mention (visits: 赴省反诈中心调研). */
  allowsNested?: boolean;
  /** Set after selection: lies inside another accepted mention. */
  nested?: boolean;
  /** Scope hint: name came with a 我省/全省 marker or is a provincial coordination body without prefix. */
  scopeProvince?: boolean;
  /** Compound agency: the parent agency it starts with (省公安厅 in 省公安厅刑侦局). */
  partOf?: Candidate;
}

export interface StructuralRelation {
  type: 'PART_OF' | 'HOLDS_POST' | 'PROPOSED' | 'LEADS';
  /** indices into the accepted candidate list are resolved later; here we use spans */
  source: { start: number; end: number; type: EntityType };
  target: { start: number; end: number; type: EntityType } | { bare: 'provinceGov' | 'provinceParty' | 'cityGov' };
  evStart: number;
  evEnd: number;
  confidence: number;
}

const CJK = '\\u4e00-\\u9fff';
const NUM_CN = '[一二三四五六七八九十百零〇]';

// ---------- shared helpers ----------

const BOUNDARY_CHARS = new Set([...'，。；：！？、,.;:!?（）()【】[]《》\n\t 　…—-/|·"\'' ]);
const STOP_SINGLE = new Set([...'的了在对向将把被由赴从于等并是为让使给以据率请至到或即受已']);
const STOP_WORDS = [
  '成立', '开展', '召开', '组织', '推进', '印发', '出台', '制定', '联合', '会同', '指导', '督促', '督导', '督办', '部署',
  '建立', '发布', '推动', '加强', '落实', '贯彻', '研究', '邀请', '发动', '配合', '依托', '通过', '深入', '积极', '认真',
  '全面', '牵头', '主办', '支持', '实现', '提升', '完成', '完善', '推出', '打造', '合作', '举办', '参加', '出席', '听取',
  '作出', '收悉', '综合', '持续', '坚持', '充分', '发挥', '抄送', '报送', '转发', '传发', '要求', '明确', '调整', '统筹',
  '审议', '批准', '表决', '委托', '联系', '进驻', '入驻', '推广', '提醒', '会商', '负责', '承办', '办理', '答复', '协同',
  '指挥', '带领', '率领', '陪同', '走访', '考察', '调研', '检查', '视察', '采纳', '送达', '提交', '建议', '提出', '成员',
  '强化', '对接', '建成', '推送', '移交', '移送', '协助', '参与', '面向', '聚焦', '依法', '同时', '目前', '近年来', '今年', '去年',
];
const STOP_SINGLE_CODES = new CharSet(STOP_SINGLE);
const STOP_BY_LAST = new WordTable(STOP_WORDS, 'last');
const BOUNDARY_CODES = new CharSet(BOUNDARY_CHARS);
const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”

function isCjkCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** Does a stop word end exactly at position j (text[j-len..j])? */
function stopEndsAt(t: string, j: number): boolean {
  if (j <= 0) return false;
  const last = t.charCodeAt(j - 1);
  if (STOP_SINGLE_CODES.has(last)) return true;
  const ws = STOP_BY_LAST.get(last);
  if (ws) for (const w of ws) if (j >= w.length && t.startsWith(w, j - w.length)) return true;
  return false;
}

/** Scan left from `pos` over name characters; returns the start of the region. Crosses “…” pairs. */
function scanLeft(t: string, pos: number, maxLen: number, stopFn: (t: string, j: number) => boolean): number {
  let j = pos;
  const limit = Math.max(0, pos - maxLen);
  while (j > limit) {
    const c = t.charCodeAt(j - 1);
    if (c === CLOSE_QUOTE) {
      // only a “ within 20 characters and inside the limit is crossed, so look no further back
      const q = lastIndexOfWithin(t, OPEN_QUOTE, j - 1, Math.max(limit, j - 20));
      if (q < 0) break;
      j = q;
      continue;
    }
    // boundary punctuation, “, digits and anything else outside the CJK block end the region
    if (!isCjkCode(c)) break;
    if (stopFn(t, j)) break;
    j--;
  }
  return j;
}

// ---------- agencies ----------

const PLACE_ALT = PLACE_NAMES.map(escapeRe).join('|');
// prefixes an agency name may start with
const PREFIX_WORDS = [
  ...PLACE_NAMES,
  ...PLACE_NAMES.map((p) => `中共${p}`),
  '省委', '省', '市委', '市', '县委', '县', '区委', '区', '州委', '州', '中央', '国家', '全国', '最高', '国务院', '党中央', '中国', '中华人民共和国', '人民银行',
];
const PREFIX_BY_FIRST = new WordTable(PREFIX_WORDS, 'first');
const BARE_PLACE_MARKERS = new CharSet('全我本');
const BARE_PLACE_NOT_BEFORE = new CharSet('和与及、级内直外');
/** Does an agency-name prefix start at position i? */
function prefixAt(t: string, i: number, regionStart = i): boolean {
  const ws = PREFIX_BY_FIRST.get(t.charCodeAt(i));
  if (!ws) return false;
  for (const w of ws) {
    if (w.length === 1) {
      // a bare 省/市/县/区 starts a name only at the region start or after 全/我/本
      if (i === regionStart || BARE_PLACE_MARKERS.has(t.charCodeAt(i - 1)) || !BARE_PLACE_NOT_BEFORE.has(t.charCodeAt(i + 1))) return true;
      continue;
    }
    if (t.startsWith(w, i)) return true;
  }
  return false;
}
const AGENCY_PREFIX_RE = new RegExp(
  `(?:中共|中国共产党)?(?:${PLACE_ALT})|省委|省|市委|市|县委|县|区委|州委|州|中央|国家|全国|最高|国务院|党中央|中国|中华人民共和国|人民银行`,
  'y',
);
const GENERIC_PLACE_RE = /[\u4e00-\u9fff]{2,3}?(?:自治州|自治县|区|县|市|州|旗)/y;
const AGENCY_SUFFIXES = [
  '委员会', '常委会', '联工委', '法工委', '工委', '办公厅', '办公室', '协调办', '处非办', '网信办',
  '协调小组', '领导小组', '工作小组', '小组(?![织成])', '栏目组', '工作专班',
  '中心支行', '总队(?!长)', '支队(?!长)', '大队(?!长)', '中队(?!长)', '分局(?!长)', '支行(?!长)', '分行(?!长)', '总行',
  '银行', '派出所', '研究院', '研究所', '人民法院', '法院', '检察院', '院(?![校士长内所线])', '厅(?!长)',
  '局(?![长面势部])', '部(?![门署分长队位])', '委(?![员托会])', '(?<![主督领会承协交转催查包开举创代申帮合])办(?![理法案公结好事学的成])',
  '中心(?!任务|工作|城区)', '政府', '人大(?!代表|常委会)', '政协(?!委员)', '党委', '党组', '电视台', '卫视', '频道',
  '日报', '晨报', '晚报', '报社', '协会', '学会', '联盟', '集团', '公司', '联合会', '商会', '基金会',
];
// sticky, tried only where a suffix can start (its first character after any lookbehind)
const AGENCY_SUFFIX_RE = new RegExp(AGENCY_SUFFIXES.join('|'), 'y');
const AGENCY_SUFFIX_FIRST = new CharSet(AGENCY_SUFFIXES.map((a) => a.replace(/^\(\?<!\[[^\]]*\]\)/, '').charAt(0)));
const SUBUNIT_TAILS = ['办公厅', '办公室', '总队', '支队', '大队', '中队', '分局', '派出所', '中心支行', '支行', '分行', '栏目组', '刑侦局', '处', '科'];
const SUBUNIT_TAIL_RE = new RegExp(`(?:${SUBUNIT_TAILS.join('|')})$`);
/** Last characters of the sub-unit tails: an agency ending otherwise cannot be a compound. */
const SUBUNIT_TAIL_LAST = new CharSet(SUBUNIT_TAILS.map((w) => w.charAt(w.length - 1)));
const STRONG_SUFFIX_RE = /(?:协调小组|领导小组|工作小组|协调办|联盟|协会|学会|联合会|基金会)$/;
const GENERIC_START_RE = /^(?:各|该|本|其|相关|有关|全国各|部分|多个|两个|这|此|上级|下级|重点|主要)/;
const MEDIA_SUFFIX_RE = /(?:日报|晨报|晚报|电视台|卫视|频道|报社)$/;

function agencyCandidates(t: string, out: Candidate[]): void {
  AGENCY_SUFFIX_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = execFromFirstChars(t, AGENCY_SUFFIX_RE, AGENCY_SUFFIX_FIRST))) {
    const sufStart = m.index;
    const end = sufStart + m[0].length;
    const regionStart = scanLeft(t, sufStart, 40, stopEndsAtForAgency);
    // find first prefix in region
    let s = -1;
    // an unknown county / district / city name at the start of the region (天心区公安分局)
    GENERIC_PLACE_RE.lastIndex = regionStart;
    const gp = GENERIC_PLACE_RE.exec(t);
    if (gp && regionStart + gp[0].length < sufStart && !/^(?:社区|小区|园区|景区|城区|辖区|地区|山区|县区|市区|城市|省市|全市|全区|全县|各市|各区|各县)/.test(gp[0].slice(-2) === gp[0] ? gp[0] : gp[0].slice(gp[0].length - 2)) && !/[各全本该]/.test(gp[0])) s = regionStart;
    if (s < 0) for (let i = regionStart; i < sufStart; i++) {
      if (prefixAt(t, i, regionStart)) {
        s = i;
        break;
      }
      // lexicon agency start
    }
    let name: string;
    let scopeProvince = false;
    const regionText = t.slice(regionStart, end);
    if (s < 0) {
      // no prefix: accept strong suffix + long name, or 全省/我省 + name
      let rs = regionStart;
      if (t.startsWith('全省', rs) || t.startsWith('我省', rs)) {
        rs += 2;
        scopeProvince = t.startsWith('我省', regionStart);
      }
      const body = t.slice(rs, end);
      if (!STRONG_SUFFIX_RE.test(body) || body.length < 5) continue;
      if (GENERIC_START_RE.test(body) || /各|[一二三四五六七八九两多]级|^单位/.test(body)) continue;
      if (/反诈|打跨|协调/.test(body) && /协调小组|协调办|领导小组/.test(body)) scopeProvince = true;
      name = body;
      s = rs;
      const cand: Candidate = { type: 'Agency', start: s, end, name: stripQuotes(name), prio: 5, scopeProvince };
      if (rs !== regionStart) cand.extraAliases = [regionText];
      out.push(cand);
      continue;
    }
    // 全省 + quoted association: keep 全省 as alias only
    if (s > regionStart && (t.startsWith('全省', s - 1) || t.startsWith('全市', s - 1))) {
      // name starts at 省/市 which is a 全省 marker: drop it
      const rs = s + 1;
      const body = t.slice(rs, end);
      if (body.length >= 4 && STRONG_SUFFIX_RE.test(body)) {
        out.push({ type: 'Agency', start: s - 1, end, name: stripQuotes(body), prio: 5, extraAliases: [t.slice(s - 1, end)] });
      }
      continue;
    }
    name = t.slice(s, end);
    if (/各|^.级|[一二三四五六七八九两多]级|^省(?:内|直|外|市(?!场))|^市(?:州|县|内|直)|^县(?:市|区)|^区县/.test(name)) continue;
    if (GENERIC_START_RE.test(name)) continue;
    if (name.length < 2) continue;
    if (/^(?:省|市|县|区|州)(?:委|政府|人大|政协)?$/.test(name) && name.length === 1) continue;
    if (/^(?:省|市|县|区)(?:院|厅|局|部|办|中心|小组|银行|频道)$/.test(name)) continue; // 省局? too short
    out.push({ type: 'Agency', start: s, end, name: stripQuotes(name), prio: 5 });
  }
}

function stopEndsAtForAgency(t: string, j: number): boolean {
  const last = t[j - 1];
  if (last === '和' || last === '与' || last === '及' || last === '同') {
    // stop if what follows starts like a new agency name
    if (prefixAt(t, j)) return true;
    return false;
  }
  return stopEndsAt(t, j);
}

function stripQuotes(s: string): string {
  return s.replace(/[“”"《》\s]/g, '');
}

// ---------- lexicon ----------

const LEX_SURFACES = [...LEXICON.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
/** first character → lexicon surfaces starting with it, longest first */
// Surfaces indexed by their first two characters (many share 中 / 国): first character → small
// slot number, then (slot, second character) → surfaces of two or more characters, longest first.
const LEX_SLOT = new Uint16Array(0x10000); // 0 = no surface starts with this character
const LEX_BY_PAIR = new Map<number, string[]>();
const LEX_SINGLE = new CharSet(LEX_SURFACES.filter((w) => w.length === 1));
{
  let slots = 0;
  for (const w of LEX_SURFACES) {
    const c0 = w.charCodeAt(0);
    if (!LEX_SLOT[c0]) LEX_SLOT[c0] = ++slots;
    if (w.length < 2) continue;
    const k = LEX_SLOT[c0]! * 0x10000 + w.charCodeAt(1);
    const list = LEX_BY_PAIR.get(k);
    if (list) list.push(w);
    else LEX_BY_PAIR.set(k, [w]);
  }
}
/** Leftmost-longest lexicon matches, like a regex alternation but indexed by the first characters. */
function lexMatches(t: string): { index: number; 0: string }[] {
  const out: { index: number; 0: string }[] = [];
  const n = t.length;
  for (let i = 0; i < n; ) {
    const c0 = t.charCodeAt(i);
    const slot = LEX_SLOT[c0]!;
    let hit: string | undefined;
    if (slot) {
      const ws = LEX_BY_PAIR.get(slot * 0x10000 + t.charCodeAt(i + 1)); // NaN key past the end: no entry
      if (ws)
        for (const w of ws)
          if (t.startsWith(w, i)) {
            hit = w;
            break;
          }
      // any longer surface beats a one-character one
      if (hit === undefined && LEX_SINGLE.has(c0)) hit = t.charAt(i);
    }
    if (hit) {
      out.push({ index: i, 0: hit });
      i += hit.length;
    } else i++;
  }
  return out;
}

function lexiconCandidates(t: string, out: Candidate[]): void {
  for (const m of lexMatches(t)) {
    const e = LEXICON.get(m[0])!;
    const s = m.index;
    const end = s + m[0].length;
    const before = t[s - 1] ?? '';
    const after = t[end] ?? '';
    if (e.type === 'Campaign' && e.quotedOnly) {
      // bare only before 行动/专项行动/战役
      if (!/^(?:专项行动|行动|战役)/.test(t.slice(end, end + 4))) continue;
      out.push({ type: 'Campaign', start: s, end, name: e.name, prio: 4, extraAliases: [m[0] + (t.startsWith('专项行动', end) ? '专项行动' : t.startsWith('行动', end) ? '行动' : '战役')] });
      continue;
    }
    if (m[0].length <= 2 && e.type === 'Agency') {
      // short abbreviations (中办, 国办, 两高 …) only next to list punctuation or a title
      const okBefore = before === '' || /[、，。：“\n（]/.test(before);
      const okAfter = /[、，《”和）]/.test(after) || after === '';
      if (!(okBefore || okAfter) || !(okAfter || /[、]/.test(before))) continue;
    }
    if (e.type === 'Agency' && /部$/.test(m[0]) && after === '门') continue;
    if (e.type === 'Law' && before === '《') continue; // handled by title rule
    if (e.type === 'Measure' && !/(?:开展|加强|推进|实施|强化|落实|运用|[、，“])$/.test(t.slice(Math.max(0, s - 2), s))) continue;
    const c: Candidate = { type: e.type, start: s, end, name: e.name, prio: e.type === 'Agency' ? 5 : 4 };
    if (e.expand) c.expand = e.expand;
    out.push(c);
  }
}

// operators list: 电信、移动、联通
const OPS_RE = /(?:中国)?(?:电信|移动|联通|广电)(?:[、和及](?:中国)?(?:电信|移动|联通|广电)){1,3}/g;
function operatorCandidates(t: string, out: Candidate[]): void {
  OPS_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPS_RE.exec(t))) {
    const sub = /(?:中国)?(电信|移动|联通|广电)/g;
    let k: RegExpExecArray | null;
    while ((k = sub.exec(m[0]))) {
      const s = m.index + k.index;
      out.push({ type: 'Agency', start: s, end: s + k[0].length, name: OPERATORS[k[1]!] ?? k[0], prio: 3 });
    }
  }
}

// ---------- 《titles》 ----------

const TITLE_RE = /《([^《》\n]{1,100})》/g;
export const LAW_END_RE =
  /(?:法|条例|意见|解释|规定|办法|方案|规范|指引|决议|决定|机制|要点|通知|细则|规则|标准|纲要|规划|计划|指南|制度|守则|公约|通告|公告|批复|章程|清单|措施|意见稿|草案|修正案)(?:（[^）]*）)?$/;

function titleCandidates(t: string, out: Candidate[]): void {
  TITLE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastLaw: Candidate | undefined;
  while ((m = TITLE_RE.exec(t))) {
    const inner = stripQuotes(m[1]!);
    const s = m.index;
    const end = s + m[0].length;
    const before = t.slice(Math.max(0, s - 6), s);
    if (LAW_END_RE.test(inner)) {
      const lex = LEXICON.get(inner);
      const name = lex && lex.type === 'Law' ? lex.name : inner;
      const c: Candidate = { type: 'Law', start: s, end, name, prio: 1, extraAliases: [inner] };
      if (/简称$/.test(before) && lastLaw) {
        // (以下简称《决议》): alias of the previous title
        c.name = lastLaw.name;
        c.props = { shortFor: lastLaw.name };
      } else lastLaw = c;
      out.push(c);
    } else if (/(?:建议|提案|议案)$/.test(inner)) {
      continue;
    } else {
      const after = t.slice(end, end + 4);
      const suffix = /^(课程|课|节目|栏目|系列|专栏|读本|手册|视频|动漫|短视频)/.exec(after);
      if (!suffix && !/(?:系列|课程|节目|专栏|栏目|读本|手册|视频|短视频|动漫|微电影|公开课|专题片)$/.test(inner)) continue;
      const name = inner;
      const c: Candidate = { type: 'Measure', start: s, end: end + (suffix ? suffix[0].length : 0), name, prio: 1 };
      c.extraAliases = [t.slice(c.start, c.end)];
      out.push(c);
    }
  }
}

// ---------- quoted names ----------

const QUOTE_RE = /“([^“”\n]{1,40})”/g;
const CAMPAIGN_SUFFIX = '专项行动|集中行动|专项整治行动|专项整治|攻坚行动|行动|战役|系列活动|宣传活动|主题活动|专题活动|活动|品牌|建设|大赛|竞赛|比赛|节目|宣传月|宣传周|攻坚战';
const MEASURE_SUFFIX = '制度|标准|工作机制|机制|工作模式|模式|思维|经验|工作法|平台|系统|APP|App|app|小程序|专题专栏|专栏|热线|专线|工程|体系|清单';
const QSUFFIX_RE = new RegExp(
  `(?:等)?([^，。；、“”\\n：]{0,10}?)(?:(${CAMPAIGN_SUFFIX})|(${MEASURE_SUFFIX})|(会议)|(栏目组))`,
  'y',
);
const MEASURE_NAME_ENDS = /(?:经验|模式|机制|制度|平台|系统|工作法)$/;
const MEASURE_WHOLE_SUFFIX = /^(?:APP|App|app|小程序|专题专栏|专栏|平台|系统|热线|专线)$/;

function quotedCandidates(t: string, out: Candidate[]): void {
  QUOTE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const runs: { s: number; e: number; inner: string }[][] = [];
  let cur: { s: number; e: number; inner: string }[] = [];
  while ((m = QUOTE_RE.exec(t))) {
    const item = { s: m.index, e: m.index + m[0].length, inner: m[1]! };
    if (cur.length) {
      const prev = cur[cur.length - 1]!;
      const gap = t.slice(prev.e, item.s);
      if (gap === '' || gap === '、' || gap === '和' || gap === '及' || gap === '，') cur.push(item);
      else {
        runs.push(cur);
        cur = [item];
      }
    } else cur = [item];
  }
  if (cur.length) runs.push(cur);
  for (const run of runs) {
    const last = run[run.length - 1]!;
    QSUFFIX_RE.lastIndex = last.e;
    const sm = QSUFFIX_RE.exec(t);
    let type: EntityType | undefined;
    let suffix = '';
    let middle = '';
    if (sm) {
      middle = sm[1] ?? '';
      if (/[的了在对向将把]/.test(middle.slice(1)) || /^(?:等)?[的]?$/.test(middle) === false && middle.length > 8) {
        // too loose
      }
      suffix = sm[0].slice(sm[0].length - (sm[2] ?? sm[3] ?? sm[4] ?? sm[5] ?? '').length);
      type = sm[2] ? 'Campaign' : sm[3] ? 'Measure' : sm[4] ? 'Meeting' : 'Agency';
      // a middle that is itself a verb phrase breaks the link (“…”的…)
      if (/^(?:的|等的)?$/.test(middle) === false && /[，。]/.test(middle)) type = undefined;
    }
    for (let i = 0; i < run.length; i++) {
      const q = run[i]!;
      const inner = stripQuotes(q.inner);
      if (!inner) continue;
      let ty = type;
      const lex = LEXICON.get(inner);
      if (!ty) {
        if (lex && (lex.type === 'Campaign' || lex.type === 'Measure')) ty = lex.type;
        else if (MEASURE_NAME_ENDS.test(inner)) ty = 'Measure';
        else continue;
      }
      if (ty === 'Agency') {
        // 栏目组: handled by agency scanner (name spans the quote)
        continue;
      }
      const isLast = i === run.length - 1;
      const end = isLast && type ? (sm ? QSUFFIX_RE.lastIndex : q.e) : q.e;
      const fullSurface = stripQuotes(t.slice(q.s, end));
      const mid = middle.replace(/^等/, '').replace(/^的/, '');
      let name = lex && lex.type === ty ? lex.name : inner;
      if (ty === 'Measure' && MEASURE_WHOLE_SUFFIX.test(suffix) && isLast) name = inner + mid + suffix;
      if (ty === 'Meeting') name = inner + mid + suffix;
      const aliases = [fullSurface, t.slice(q.s, end)];
      if (isLast && type) aliases.push(inner + mid + suffix);
      if (ty === 'Campaign' && type && !isLast) aliases.push(inner + suffix);
      out.push({ type: ty, start: q.s, end: isLast ? end : q.e, name, prio: 2, extraAliases: aliases });
    }
  }
}

// ---------- unquoted campaigns / measures / laws ----------

const CAMPAIGN_BARE_RE = /宣传月|宣传周|文化节|宣传日|活动月/g;
function bareCampaignCandidates(t: string, out: Candidate[]): void {
  CAMPAIGN_BARE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAMPAIGN_BARE_RE.exec(t))) {
    const end = m.index + m[0].length;
    const s = scanLeft(t, m.index, 16, stopEndsAt);
    let name = t.slice(s, end);
    let start = s;
    if (name.length < 5) continue;
    const extra: string[] = [name];
    if (/^全(?:省|市|国)/.test(name) && name.length > 5) {
      name = name.slice(2);
      start = s;
    }
    if (GENERIC_START_RE.test(name)) continue;
    out.push({ type: 'Campaign', start, end, name, prio: 3, extraAliases: extra });
  }
}

const CONSTRUCT_WORDS = [
  '建立健全', '建立', '健全', '完善', '建设', '建成', '构建', '搭建', '运行', '升级', '启用', '研发', '上线', '开发', '创建', '完成', '推行', '设立',
];
function constructEndsAt(t: string, j: number): boolean {
  for (const w of CONSTRUCT_WORDS) if (j >= w.length && t.startsWith(w, j - w.length)) return true;
  return false;
}
const MEASURE_HEAD_RE = /机制|制度|平台|系统|实验室|机器人|工作模式/g;
const LAW_HEAD_RE = /(?:工作规范|建设规范|验收标准|工作机制|实施方案|工作指引|管理办法|管理规定|实施细则|工作规则)/g;
const LAW_VERBS = ['建立健全', '制定', '出台', '印发', '依照', '依据', '按照', '根据', '贯彻落实'];
function lawVerbEndsAt(t: string, j: number): string | undefined {
  for (const w of LAW_VERBS) if (j >= w.length && t.startsWith(w, j - w.length)) return w;
  return undefined;
}

function bareMeasureLawCandidates(t: string, out: Candidate[]): void {
  LAW_HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const lawSpans: [number, number][] = [];
  while ((m = LAW_HEAD_RE.exec(t))) {
    const end = m.index + m[0].length;
    const s = scanLeft(t, m.index, 24, (tt, j) => lawVerbEndsAt(tt, j) !== undefined || stopEndsAt(tt, j));
    if (!lawVerbEndsAt(t, s)) continue;
    let start = s;
    let name = t.slice(s, end);
    const extra = [name];
    if (/^(?:我省|我市|全省|全市)/.test(name)) {
      name = name.slice(2);
    }
    if (GENERIC_START_RE.test(name) || /^(?:相应|本地|行业)/.test(name) || name.length < 6) continue;
    out.push({ type: 'Law', start, end, name, prio: 3, extraAliases: extra });
    lawSpans.push([start, end]);
  }
  MEASURE_HEAD_RE.lastIndex = 0;
  while ((m = MEASURE_HEAD_RE.exec(t))) {
    const end = m.index + m[0].length;
    if (lawSpans.some(([a, b]) => end > a && end <= b)) continue;
    const s = scanLeft(t, m.index, 30, (tt, j) => constructEndsAt(tt, j) || STOP_SINGLE_CODES.has(tt.charCodeAt(j - 1)));
    if (!constructEndsAt(t, s)) continue;
    let name = t.slice(s, end);
    const extra = [name];
    if (/^(?:全省|全市|我省|我市)/.test(name)) name = name.slice(2);
    if (name.length < 5 || GENERIC_START_RE.test(name)) continue;
    if (/^[^]{1,2}工作机制$/.test(name)) continue;
    if (/(?:协调办|协调小组|中心|厅|局|委|办)(?:工作)?机制$/.test(name)) continue;
    if (/^(?:跨部门|部门|多部门)/.test(name)) continue;
    out.push({ type: 'Measure', start: s, end, name, prio: 3, extraAliases: extra });
  }
}

// ---------- meetings ----------

const PLACE_OPT = `(?:全国|省|市|县|区|州)?`;
const PLACE_SET = new Set(PLACE_NAMES);
/** Extend a match leftwards over a place name (湖南省, 长沙市, 广东) that ends at `pos`. */
function placeEndingAt(t: string, pos: number): number {
  for (let k = 9; k >= 2; k--) if (pos - k >= 0 && PLACE_SET.has(t.slice(pos - k, pos))) return pos - k;
  return pos;
}
const SESSION_RE = new RegExp(
  [
    `${PLACE_OPT}(?:第?${NUM_CN}+届)(?:人大|人民代表大会|政协)(?:常委会|常务委员会)?(?:第?${NUM_CN}+次)(?:全体)?会议`,
    `${PLACE_OPT}(?:人大常委会|政协|人大)(?:第?${NUM_CN}+届)(?:第?${NUM_CN}+次)(?:全体)?会议`,
    `(?:常委会|常务委员会)第${NUM_CN}+次(?:全体)?会议`,
    `(?:党的)?(?:第?${NUM_CN}+届)(?:中央委员会)?(?:第?${NUM_CN})中全会`,
    `党的${NUM_CN}+大`,
  ].join('|'),
  'g',
);
// SESSION_RE is made of CJK literals and classes only: its matches use no other characters, and
// each contains 届, 次 (常委会第…次会议) or 党 (党的…大), so it only needs to run around those.
const SESSION_ALPHABET = new CharSet(SESSION_RE.source.match(/[\u4e00-\u9fff]/g) ?? []);
const SESSION_KEY = new CharSet('届次党');
const MEETING_HEAD_RE =
  /(?:调度会议|推进会议|部署会议|工作会议|专题会议|联席会议|常务会议|座谈会|新闻发布会|发布会|推进会|调度会|部署会|研讨会|论坛|专题研究会|现场会|动员会|培训班)/g;

function meetingCandidates(t: string, out: Candidate[], convenedBy: (pos: number) => boolean): void {
  execInRuns(t, SESSION_RE, SESSION_ALPHABET, SESSION_KEY, (m) => {
    let s = m.index;
    if (/^(?:第|[一二三四五六七八九十])/.test(m[0]) || /^(?:省|市|县|区|州)/.test(m[0])) s = placeEndingAt(t, s);
    out.push({ type: 'Meeting', start: s, end: m.index + m[0].length, name: t.slice(s, m.index + m[0].length), prio: 2 });
  });
  let m: RegExpExecArray | null;
  MEETING_HEAD_RE.lastIndex = 0;
  while ((m = MEETING_HEAD_RE.exec(t))) {
    const end = m.index + m[0].length;
    const s = scanLeft(t, m.index, 24, stopEndsAt);
    let name = t.slice(s, end);
    let modifier = t.slice(s, m.index).replace(/^(?:全省|全市|全国)/, '');
    if (GENERIC_START_RE.test(name)) continue;
    const precededByConvene = t.startsWith('召开', s - 2) || t.startsWith('举行', s - 2) || t.startsWith('主持', s - 2);
    const conv = precededByConvene && convenedBy(s - 2);
    if (!(modifier.length >= 4 || conv)) continue;
    if (modifier.length < 4 && !conv) continue;
    out.push({ type: 'Meeting', start: s, end, name, prio: 3 });
  }
  // 赴X调研 with a date nearby → a visit
  const VISIT_RE = /赴([^，。；\n]{2,20}?)(?:开展|进行)?((?:专题|执法|实地)?(?:调研|视察|督导|检查|督办))/g;
  VISIT_RE.lastIndex = 0;
  while ((m = VISIT_RE.exec(t))) {
    const sentStart = lastFullStopOrNewline(t, m.index) + 1;
    const pre = t.slice(sentStart, m.index);
    if (!/\d{1,2}月\d{1,2}日|\d{4}年/.test(pre)) continue;
    const s = m.index + 1;
    out.push({ type: 'Meeting', start: s, end: m.index + m[0].length, name: m[1]! + m[2]!, prio: 3, extraAliases: [m[0]], allowsNested: true });
  }
}

// ---------- officials ----------

const SURNAMES = new Set([
  ...'习王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乔查麻',
]);
const SURNAME_CODES = new CharSet(SURNAMES);
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯'];
const TITLES = [
  '常务副省长', '常务副市长', '常务副厅长', '常务副局长', '常务副主任', '总书记', '副省长', '省长', '副市长', '市长', '副县长', '县长', '副主席', '主席', '副主任', '主任委员', '主任', '副书记', '书记', '副厅长', '厅长',
  '副局长', '局长', '副部长', '部长', '副院长', '院长', '检察长', '副组长', '组长', '大队长', '支队长', '总队长', '副队长', '队长', '所长', '副处长', '处长', '科长',
  '副行长', '行长', '董事长', '总经理', '秘书长', '政委', '委员', '代表', '警官', '民警', '记者', '教授', '专家',
];
// sticky, tried only where a title can start
const OFFICIAL_TITLE_RE = new RegExp(TITLES.join('|'), 'y');
const TITLE_FIRST = new CharSet(TITLES.map((w) => w.charAt(0)));
const COMPOUND_SURNAME_FIRST = new CharSet(COMPOUND_SURNAMES.map((w) => w.charAt(0)));
const RIGHT_VERBS = [
  '出席', '率', '作', '主持', '表示', '指出', '强调', '在', '等', '一行', '同志', '受', '向', '到', '赴', '带队', '讲话', '参加', '介绍', '说', '要求',
  '提出', '会见', '调研', '督办', '是', '和', '与', '及', '、', '同', '代表', '专程', '召开', '听取', '对', '就', '认为', '牵头', '作了', '坦言', '建议',
];
function isNameAt(t: string, s: number, len: number): boolean {
  for (let i = s; i < s + len; i++) if (!isCjkCode(t.charCodeAt(i))) return false;
  if (COMPOUND_SURNAME_FIRST.has(t.charCodeAt(s))) {
    const n = t.slice(s, s + len);
    if (COMPOUND_SURNAMES.some((c) => n.startsWith(c))) return len >= 3 && len <= 4;
  }
  if (!SURNAME_CODES.has(t.charCodeAt(s))) return false;
  return len === 2 || len === 3;
}
const RIGHT_VERBS_BY_FIRST = new WordTable(RIGHT_VERBS, 'first');
function rightBoundaryAt(t: string, p: number): boolean {
  if (p >= t.length) return true;
  const c = t.charCodeAt(p);
  if (BOUNDARY_CODES.has(c) || c === OPEN_QUOTE || c === CLOSE_QUOTE) return true;
  const vs = RIGHT_VERBS_BY_FIRST.get(c);
  if (vs) for (const v of vs) if (t.startsWith(v, p)) return true;
  return false;
}
const NON_NAME = new Set(['常务', '全程', '亲自', '专门', '一行', '同志', '全省', '省委', '市委', '政府', '党委', '我省', '各级', '相关', '有关', '有关部门', '人大', '政协', '代表', '委员', '常委', '全国', '省人大', '专题', '正如', '高度', '同时', '各位', '三位', '两位', '多位', '省级', '市级', '此次']);

export interface OfficialInfo {
  cand: Candidate;
  titles: { title: string; agency?: { start: number; end: number } }[];
  /** span for the HOLDS_POST evidence */
  evStart: number;
  evEnd: number;
}

function officialCandidates(t: string, agencies: Candidate[], out: Candidate[], infos: OfficialInfo[]): void {
  const agencyEndingAt = new Map<number, Candidate>();
  for (const a of agencies) {
    const prev = agencyEndingAt.get(a.end);
    if (!prev || a.end - a.start > prev.end - prev.start) agencyEndingAt.set(a.end, a);
  }
  const seen = new Set<string>();
  const push = (s: number, len: number, titles: OfficialInfo['titles'], evStart: number, evEnd: number, role?: string) => {
    const key = `${s}:${len}`;
    const name = t.slice(s, s + len);
    if (NON_NAME.has(name)) return;
    if (seen.has(key)) {
      const info = infos.find((i) => i.cand.start === s && i.cand.end === s + len);
      if (info) {
        for (const tt of titles) if (!info.titles.some((x) => x.title === tt.title)) info.titles.push(tt);
        info.evStart = Math.min(info.evStart, evStart);
        info.evEnd = Math.max(info.evEnd, evEnd);
      }
      return;
    }
    seen.add(key);
    const cand: Candidate = { type: 'Official', start: s, end: s + len, name, prio: 2, props: role ? { role } : {} };
    out.push(cand);
    infos.push({ cand, titles, evStart, evEnd });
  };
  OFFICIAL_TITLE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = execFromFirstChars(t, OFFICIAL_TITLE_RE, TITLE_FIRST))) {
    const ts = m.index;
    const te = ts + m[0].length;
    const title = m[0];
    // A. name + title (张庆伟书记, 李定珍委员); lists 黄乐、叶剑芝、杨书林代表
    {
      let namesEnd = ts;
      let firstStart = -1;
      const names: [number, number][] = [];
      // optional 等三位 between names and title
      const deng = /等[一二三四五六七八九十\d]+[位名]$/.exec(t.slice(Math.max(0, ts - 5), ts));
      if (deng) namesEnd = ts - deng[0].length;
      let p = namesEnd;
      for (;;) {
        let found = -1;
        for (const len of [3, 2, 4]) {
          const s = p - len;
          if (s < 0) continue;
          const lb = s === 0 ? 0x0a : t.charCodeAt(s - 1);
          const leftOk = BOUNDARY_CODES.has(lb) || lb === CLOSE_QUOTE || agencyEndingAt.has(s) || stopEndsAt(t, s) || s === 0;
          if (leftOk && isNameAt(t, s, len)) {
            found = len;
            break;
          }
        }
        if (found < 0) break;
        names.unshift([p - found, p]);
        firstStart = p - found;
        if (t[firstStart - 1] === '、') p = firstStart - 1;
        else break;
      }
      if (names.length && !/^(?:总书记)$/.test('') ) {
        const ag = agencyEndingAt.get(names[0]![0]);
        const titleRec = { title, agency: ag && names.length === 1 ? { start: ag.start, end: ag.end } : undefined };
        const role = title === '代表' || title === '委员' ? title : undefined;
        for (const [s, e] of names) push(s, e - s, [titleRec], ag && names.length === 1 ? ag.start : firstStart, te, role);
        continue;
      }
    }
    // B. (agency) title + name (省公安厅厅长王一鸥, 副主任周农)
    if (title === '代表' || title === '委员' || title === '记者') continue;
    let nameLen = 0;
    for (const len of [3, 2, 4]) {
      if (isNameAt(t, te, len) && rightBoundaryAt(t, te + len) && !NON_NAME.has(t.slice(te, te + len))) {
        nameLen = len;
        break;
      }
    }
    if (!nameLen) continue;
    // collect the title chain backwards: [agency]title、[agency]title …
    const titles: OfficialInfo['titles'] = [];
    let p = ts;
    let evStart = ts;
    let curTitle = title;
    for (;;) {
      const ag = agencyEndingAt.get(p);
      titles.unshift({ title: curTitle, agency: ag ? { start: ag.start, end: ag.end } : undefined });
      const q = ag ? ag.start : p;
      evStart = q;
      if (t[q - 1] !== '、') break;
      // previous title
      let prevTitle: string | undefined;
      for (const tt of TITLES) if (t.startsWith(tt, q - 1 - tt.length)) {
        prevTitle = tt;
        break;
      }
      if (!prevTitle) break;
      curTitle = prevTitle;
      p = q - 1 - prevTitle.length;
    }
    push(te, nameLen, titles, evStart, te + nameLen);
  }
  // C. 承办人：<agency><name>
  const CONTACT_RE = /(?:承办人|联系人|经办人)[：:]/g;
  while ((m = CONTACT_RE.exec(t))) {
    let p = m.index + m[0].length;
    const ag = agencies.filter((a) => a.start === p).sort((a, b) => b.end - a.end)[0];
    if (ag) p = ag.end;
    for (const len of [3, 2]) {
      if (isNameAt(t, p, len) && rightBoundaryAt(t, p + len)) {
        push(p, len, [{ title: m[0].slice(0, 3), agency: ag ? { start: ag.start, end: ag.end } : undefined }], m.index, p + len);
        break;
      }
    }
  }
}

// ---------- proposals & author ----------

const PROPOSAL_RE = /第([0-9]{1,10})号(建议|提案|议案)/g;
const AUTHOR_REF_RE = /我(?:厅|局|委|办|院|部|们|中心|会|行)(?![国省市])/g;

export interface EntityScan {
  candidates: Candidate[];
  officials: OfficialInfo[];
}

export function findEntities(t: string, opts: { hasAuthor: boolean }): EntityScan {
  const out: Candidate[] = [];
  titleCandidates(t, out);
  quotedCandidates(t, out);
  lexiconCandidates(t, out);
  operatorCandidates(t, out);
  const agencies: Candidate[] = [];
  agencyCandidates(t, agencies);
  out.push(...agencies);
  bareCampaignCandidates(t, out);
  bareMeasureLawCandidates(t, out);
  PROPOSAL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PROPOSAL_RE.exec(t))) out.push({ type: 'Proposal', start: m.index, end: m.index + m[0].length, name: m[0], prio: 1 });
  if (opts.hasAuthor) {
    AUTHOR_REF_RE.lastIndex = 0;
    while ((m = AUTHOR_REF_RE.exec(t))) {
      if (m[0] === '我们' && /^(?:将|的)?/.test('') && false) continue;
      out.push({ type: 'Agency', start: m.index, end: m.index + m[0].length, name: m[0], prio: 6, author: true });
    }
  }
  const allAgencies = out.filter((c) => c.type === 'Agency');
  const offInfos: OfficialInfo[] = [];
  const officials: Candidate[] = [];
  officialCandidates(t, allAgencies, officials, offInfos);
  out.push(...officials);
  const titleEnds = new Set<number>();
  for (const o of offInfos) titleEnds.add(o.cand.end + (o.titles[0] && t.startsWith(o.titles[0].title, o.cand.end) ? o.titles[0].title.length : 0));
  let agencyEnds: Set<number> | undefined; // only needed after 召开 / 举行 / 主持
  meetingCandidates(t, out, (pos) => (agencyEnds ??= new Set(allAgencies.map((a) => a.end))).has(pos) || titleEnds.has(pos));
  // compound agencies: parent + sub-unit tail
  let byStart: Map<number, Candidate[]> | undefined;
  for (const a of allAgencies) {
    if (!SUBUNIT_TAIL_LAST.has(t.charCodeAt(a.end - 1))) continue;
    if (!byStart) {
      byStart = new Map();
      for (const x of allAgencies) (byStart.get(x.start) ?? byStart.set(x.start, []).get(x.start)!).push(x);
    }
    for (const b of byStart.get(a.start)!) {
      if (b === a || b.end >= a.end) continue;
      const tail = t.slice(b.end, a.end);
      if (SUBUNIT_TAIL_RE.test(tail) && !/^(?:省|市|县|区)委$/.test(b.name)) {
        b.nestedOk = true;
        a.partOf = b;
      }
    }
  }
  const accepted = selectCandidates(out, t.length);
  // nested mentions; a compound's parent is kept only when the text also names it on its own
  {
    // accepted is sorted by start asc, end desc: c is nested when an earlier span reaches past its end
    let maxEnd = -1;
    for (const c of accepted) {
      c.nested = maxEnd >= c.end;
      if (c.end > maxEnd) maxEnd = c.end;
    }
  }
  // built only when a nested compound parent needs it (most documents have none)
  let standalone: Set<string> | undefined;
  const kept = accepted.filter((c) => {
    if (!c.nested || !c.nestedOk) return true;
    standalone ??= new Set(accepted.filter((x) => !x.nested).map((x) => `${x.type}|${x.name}`));
    return standalone.has(`${c.type}|${c.name}`);
  });
  return { candidates: kept, officials: offInfos };
}

const CONTAINER_TYPES = new Set<EntityType>(['Law', 'Campaign', 'Measure', 'Meeting', 'Proposal']);

/** Resolve overlaps: longer / higher-priority spans win; parents of compounds stay nested. */
function selectCandidates(cands: Candidate[], textLength: number): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) => a.prio - b.prio || b.end - b.start - (a.end - a.start) || a.start - b.start || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
  );
  // Officials and containers first by prio; agencies by length within prio
  const accepted: Candidate[] = [];
  // accepted candidates by start, to skip exact repeats (same type, span and name)
  const acceptedByStart = new Map<number, Candidate[]>();
  const isRepeat = (c: Candidate) =>
    acceptedByStart.get(c.start)?.some((a) => a.end === c.end && a.type === c.type && a.name === c.name) ?? false;
  // owner[i] = index (in accepted) of the outermost accepted span covering position i
  const owner = new Int32Array(textLength + 1).fill(-1);
  for (const c of sorted) {
    // a repeat lies on an accepted span, so positions nobody owns yet need no lookup
    if ((c.end === c.start || owner[c.start]! >= 0) && isRepeat(c)) continue;
    let ok = true;
    let lastOwner = -1;
    for (let i = c.start; i < c.end; i++) {
      const o = owner[i]!;
      if (o < 0 || o === lastOwner) continue;
      lastOwner = o;
      const a = accepted[o]!;
      const inside = c.start >= a.start && c.end <= a.end;
      if (inside && c.nestedOk && a.type === 'Agency') continue;
      if (inside && a.allowsNested && c.type === 'Agency') continue;
      if (inside && a.type === 'Agency' && c.type === 'Agency' && a.partOf?.start === c.start && a.partOf.end === c.end) continue;
      ok = false;
      break;
    }
    if (ok) {
      const idx = accepted.length;
      accepted.push(c);
      const same = acceptedByStart.get(c.start);
      if (same) same.push(c);
      else acceptedByStart.set(c.start, [c]);
      for (let i = c.start; i < c.end; i++) if (owner[i]! < 0) owner[i] = idx;
    }
  }
  // a longer agency found later must still beat a shorter lexicon one: handled by prio ordering
  void CONTAINER_TYPES;
  return accepted.sort((a, b) => a.start - b.start || b.end - a.end);
}
