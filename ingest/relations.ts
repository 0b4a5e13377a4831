// Relations from trigger patterns over the mentions of one document (normalised view offsets).
// Omitted subjects are carried from the last named subject in the paragraph, else the author.
import type { EntityType, RelationType } from './model.js';
import { CharSet, WordTable, lastIndexOfWithin } from './char-tables.js';

export interface RMention {
  start: number;
  end: number;
  type: EntityType;
  id: string;
  author?: boolean;
  /** a title follows this agency (省公安厅厅长): not a clause subject */
  titled?: boolean;
  /** inside another mention (parent of a compound, agency inside a visit) */
  nested?: boolean;
}

export interface RawEdge {
  type: RelationType;
  source: string;
  target: string;
  confidence: number;
  evStart: number;
  evEnd: number;
}

const SUBJ_TYPES = new Set<EntityType>(['Agency', 'Official']);
const TARGET_TYPES = new Set<EntityType>(['Campaign', 'Measure', 'Meeting', 'Law', 'Proposal']);

// marker words by last character (list order kept within a character: the first listed match wins)
const PARTNER_MARKERS = new WordTable(['联合', '会同', '邀请', '配合', '协同', '会商', '与'], 'last');
const SUPERVISE_MARKERS = new WordTable(['指导', '督促', '督导', '督办', '监督', '考核', '检查'], 'last');
const OBJECT_MARKERS = new WordTable(['贯彻', '落实', '学习', '按照', '根据', '向', '对', '赴', '协调', '发动', '组织', '发挥', '抄送', '听取', '受', '在', '由', '把', '给', '为', '深入', '到', '入驻', '支持', '推动', '要求', '部署'], 'last');
// A supervision visit named after its host (赴省公安厅督办): the visitors supervise the host.
const SUPERVISION_VISIT = /督办|督导|督查|检查/;
const LEAD_AGENCY_MARKERS = new WordTable(['成立', '调整', '组建', '设立', '牵头成立'], 'last');

/** Trigger words indexed by last character, longest first within each group. */
function triggers(words: readonly string[]): WordTable {
  return new WordTable([...words].sort((a, b) => b.length - a.length), 'last');
}
const ISSUE_V = triggers(['表决通过', '审议通过', '研究制定', '联合印发', '联合出台', '联合发布', '印发', '出台', '制定', '通过', '传发', '发布', '颁布', '下发', '修订', '起草', '出台了', '建立健全']);
const CITE_V = triggers(['贯彻落实', '认真落实', '落实', '依据', '根据', '按照', '依照', '贯彻', '遵照', '执行', '实施', '对照']);
const PART_V = triggers(['依托', '参加', '参与', '出席', '列席', '投入']);
const LEAD_V = triggers([
  '牵头', '主办', '领办', '统筹', '组织开展', '组织召开', '组织', '召开', '开展', '推进', '打造', '建立', '成立', '完善', '启用', '开设', '推出', '举办',
  '建设', '运行', '升级', '部署', '以', '完成', '加强', '实施', '布建', '研究建立', '创新', '发起', '主持',
]);

const NON_SUBJECT_AFTER = /^(?:的|之|工作|机制|作用|职责|成员|领导|决策部署|意见|名义下|等单位|等部门|等$|统筹作用|主体责任|三级)/;
const NULL_SUBJECT_START = /^(?:我省|全省|各地|各市州|各级|各部门|省内|公安机关|人民法院|金融机构|有关部门|各成员单位|各市|长沙|属地|院校|部门行业|通讯、金融)/;

const GAP_STOP = new CharSet('，。；：、！？\n“”《》（）');

/** The first listed marker word ending at `pos`, or up to `maxGap` characters before it (not across punctuation). */
function endsWithAny(t: string, pos: number, byLast: WordTable, maxGap = 0): string | undefined {
  for (let g = 0; g <= maxGap; g++) {
    if (g > 0 && GAP_STOP.has(t.charCodeAt(pos - g))) break;
    const e = pos - g;
    const words = byLast.get(t.charCodeAt(e - 1));
    if (words) for (const w of words) if (e >= w.length && t.startsWith(w, e - w.length)) return w;
  }
  return undefined;
}

/**
 * The trigger occurrence inside t[from, to) that ends last; on a tie the longer word. Walks back
 * from `to` and stops at the first end position where some trigger ends: the same answer as taking
 * each word's lastIndexOf in the window, without a pass over the window per word.
 */
function lastTriggerBefore(t: string, from: number, to: number, byLast: WordTable): { w: string; at: number } | undefined {
  if (to <= from) return undefined;
  for (let e = to; e > from; e--) {
    const ws = byLast.get(t.charCodeAt(e - 1));
    if (!ws) continue;
    for (const w of ws) {
      const at = e - w.length;
      if (at >= from && t.startsWith(w, at)) return { w, at };
    }
  }
  return undefined;
}

interface Group {
  members: RMention[];
  start: number;
  end: number;
}

export function extractRelations(t: string, mentions: RMention[], authorId: string | undefined): RawEdge[] {
  const edges: RawEdge[] = [];
  const add = (type: RelationType, source: string, target: string, confidence: number, evStart: number, evEnd: number) => {
    if (source === target) return;
    edges.push({ type, source, target, confidence, evStart, evEnd });
  };
  // paragraphs and sentences
  const sentRe = /[^。！？\n；]+[。！？；]?/g;
  let para: RMention[] = [];
  let carry: RMention[] | undefined;
  let mIdx = 0;
  let sm: RegExpExecArray | null;
  let lastParaBreak = -1;
  // last line break before the current sentence: sentences never contain one, so it can only lie in
  // the gap since the previous sentence (tracked here instead of a lastIndexOf back over the paragraph)
  let nl = -1;
  let prevEnd = 0;
  while ((sm = sentRe.exec(t))) {
    const sStart = sm.index;
    const sEnd = sStart + sm[0].length;
    for (let q = prevEnd; q < sStart; q++) if (t.charCodeAt(q) === 0x0a) nl = q;
    prevEnd = sEnd;
    // new paragraph?
    if (nl > lastParaBreak) {
      lastParaBreak = nl;
      // headings (short lines) keep carry; a real paragraph starts fresh from the author
      carry = undefined;
      para = [];
    }
    while (mIdx < mentions.length && mentions[mIdx]!.start < sStart) mIdx++;
    const ms: RMention[] = [];
    let j = mIdx;
    while (j < mentions.length && mentions[j]!.start < sEnd) {
      if (!mentions[j]!.nested) ms.push(mentions[j]!);
      j++;
    }
    if (!ms.length) continue;
    if (sm[0].includes('>')) continue; // breadcrumb / navigation line
    para.push(...ms);
    const authorMention: RMention[] | undefined = authorId ? [{ start: -1, end: -1, type: 'Agency', id: authorId }] : undefined;
    let subject: RMention[] | undefined = carry ?? authorMention;
    let subjectExplicit = false;
    let subjectStart = sStart;
    let partners: RMention[] = [];
    let joint = false;
    let clauseSubjectNull = false;
    // build agency groups
    const items: (Group | RMention)[] = [];
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k]!;
      if (SUBJ_TYPES.has(m.type)) {
        const g: Group = { members: [m], start: m.start, end: m.end };
        while (k + 1 < ms.length && SUBJ_TYPES.has(ms[k + 1]!.type) && ms[k + 1]!.type === m.type) {
          const gap = t.slice(g.end, ms[k + 1]!.start);
          if (gap === '' || gap === '、' || gap === '和' || gap === '及' || gap === '以及') {
            g.members.push(ms[k + 1]!);
            g.end = ms[k + 1]!.end;
            k++;
          } else break;
        }
        items.push(g);
      } else items.push(m);
    }
    let clauseStart = sStart;
    {
      const lead = t.slice(sStart, sStart + 12).replace(/^[\s（(]*[一二三四五六七八九十\d]+[）)、.．]\s*/, '');
      if (NULL_SUBJECT_START.test(lead)) subject = undefined;
    }
    for (const it of items) {
      // clause boundary handling: a clause starting with a non-entity subject nulls the subject
      // a comma before the sentence start does not matter, so search back no further than it
      const commaBefore = Math.max(lastIndexOfWithin(t, 0xff0c, it.start - 1, sStart), sStart - 1);
      if (commaBefore + 1 > clauseStart) {
        clauseStart = commaBefore + 1;
        clauseSubjectNull = NULL_SUBJECT_START.test(t.slice(clauseStart, clauseStart + 6));
        if (clauseSubjectNull) subject = undefined;
      }
      if ('members' in it) {
        const g = it;
        const after = t.slice(g.end, g.end + 6);
        const isOfficial = g.members[0]!.type === 'Official';
        if (!isOfficial && g.members.every((x) => x.titled)) continue;
        // directly before a title: issuer of that title
        if (t[g.end] === '《') {
          const law = ms.find((x) => x.start === g.end && x.type === 'Law');
          if (law) {
            for (const a of g.members) add('ISSUED', a.id, law.id, 0.85, g.start, law.end);
            continue;
          }
        }
        const before = endsWithAny(t, g.start, PARTNER_MARKERS, 2);
        const sup = endsWithAny(t, g.start, SUPERVISE_MARKERS, 1);
        const obj = endsWithAny(t, g.start, OBJECT_MARKERS, 0);
        const leadAg = endsWithAny(t, g.start, LEAD_AGENCY_MARKERS, 1);
        if (leadAg && subject) {
          for (const s of subject) for (const a of g.members) add('LEADS', s.id, a.id, subjectExplicit ? 0.75 : 0.55, subjectExplicit ? subjectStart : g.start - leadAg.length, g.end);
          continue;
        }
        if (sup && subject && !before) {
          for (const s of subject) for (const a of g.members) add('SUPERVISES', s.id, a.id, subjectExplicit ? 0.8 : 0.6, subjectExplicit ? subjectStart : g.start - sup.length, g.end);
          // supervised units act in the rest of the clause
          subject = g.members;
          subjectStart = g.start;
          subjectExplicit = true;
          continue;
        }
        if (before) {
          if (before === '与' && /^(?:联合|共同)/.test(after)) {
            joint = true;
            partners.push(...g.members);
          } else partners.push(...g.members);
          continue;
        }
        if (obj) continue;
        // 以X的名义: X acts
        const inName = t[g.start - 1] === '以' && after.startsWith('的名义');
        if (!inName && NON_SUBJECT_AFTER.test(after)) continue;
        if (/^等/.test(after) && !/^等(?:单位|部门)?(?:联合|共同)/.test(after)) {
          // list ending in 等 …单位 without a verb: co-handlers when a 会办 word follows
          if (/^等(?:会办|协办)/.test(after)) partners.push(...g.members);
          continue;
        }
        subject = g.members;
        subjectStart = g.start;
        subjectExplicit = true;
        if (!g.members.some((x) => x.author)) carry = g.members;
        // X出席会议 / 参加会议: the meeting named just before
        const pm = /^(?:出席|参加|列席)(?:了)?(?:会议|大会|活动)/.exec(t.slice(g.end, g.end + 8));
        if (pm) {
          const meeting = findLast(mentions, (x) => x.type === 'Meeting' && x.end <= g.start && g.start - x.end < 200);
          if (meeting) for (const a of g.members) add('PARTICIPATES_IN', a.id, meeting.id, 0.75, g.start, g.end + pm[0].length);
        }
        partners = [];
        joint = false;
        continue;
      }
      const m = it;
      if (!TARGET_TYPES.has(m.type)) continue;
      if (t.startsWith('为契机', m.end)) continue;
      const from = Math.max(clauseStart, subjectExplicit ? subjectStart : sStart);
      let rel: RelationType | undefined;
      let trig: { w: string; at: number } | undefined;
      if (m.type === 'Law') {
        const iss = lastTriggerBefore(t, sStart, m.start, ISSUE_V);
        const cit = lastTriggerBefore(t, sStart, m.start, CITE_V);
        if (iss && (!cit || iss.at > cit.at)) {
          rel = 'ISSUED';
          trig = iss;
        } else if (cit) {
          rel = 'CITES';
          trig = cit;
        }
      } else if (m.type === 'Proposal') {
        continue;
      } else {
        const part = lastTriggerBefore(t, clauseStart, m.start, PART_V);
        const lead = lastTriggerBefore(t, clauseStart, m.start, LEAD_V);
        if (part && (!lead || part.at >= lead.at) && (m.type === 'Campaign' || m.type === 'Meeting')) {
          rel = 'PARTICIPATES_IN';
          trig = part;
        } else if (lead) {
          rel = 'LEADS';
          trig = lead;
        } else if (part) continue;
        else if (subjectExplicit && subjectStart >= clauseStart) rel = 'LEADS';
      }
      if (!rel) continue;
      if (!subject) continue;
      // aspirations (争取尽快出台, 拟制定) are not facts
      if (trig && /(?:争取|尽快|拟|计划|推动|将|要)$/.test(t.slice(Math.max(0, trig.at - 4), trig.at))) continue;
      const explicit = subjectExplicit && subjectStart >= sStart;
      const ev0 = explicit ? Math.min(subjectStart, trig?.at ?? subjectStart) : trig ? trig.at : from;
      const conf = (explicit ? 0.8 : 0.55) * (trig ? 1 : 0.8);
      if (joint) {
        for (const s of [...subject, ...partners]) add('CO_HANDLES', s.id, m.id, conf, ev0, m.end);
      } else {
        for (const s of subject) add(rel, s.id, m.id, conf, ev0, m.end);
        if (rel === 'LEADS' && m.type === 'Meeting' && SUPERVISION_VISIT.test(t.slice(m.start, m.end))) {
          const host = mentions.find((x) => x.type === 'Agency' && x.start >= m.start && x.end <= m.end);
          if (host) for (const s of subject) add('SUPERVISES', s.id, host.id, conf * 0.9, ev0, m.end);
        }
        if (rel === 'LEADS' || rel === 'ISSUED')
          for (const p of partners) add('CO_HANDLES', p.id, m.id, conf * 0.95, Math.min(ev0, p.start), m.end);
        else if (partners.length && rel === 'PARTICIPATES_IN') for (const p of partners) add('PARTICIPATES_IN', p.id, m.id, conf * 0.9, p.start, m.end);
      }
      // generic 联合有关部门 → subject co-handles
      if (rel === 'LEADS' && !partners.length && /联合(?:有关|相关)部门/.test(t.slice(from, m.start))) {
        edges.pop();
        for (const s of subject) add('CO_HANDLES', s.id, m.id, conf, ev0, m.end);
      }
    }
  }
  void para;
  return edges;
}

function findLast<T>(xs: readonly T[], pred: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i]!)) return xs[i];
  return undefined;
}
