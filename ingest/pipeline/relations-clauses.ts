// Relations at clause level: each clause's subject (an agency or person, a coordinated list of
// them, 会议 for the last meeting, else the subject carried from before: the author of a reply,
// the last actor in news) is linked by the trigger words of TRIGGERS to the mentions after them.
// Partners named with 会同 / 联合 / 邀请 co-handle what the subject leads or issues; a list that
// acts 联合 / 共同 co-handles it together.
import type { EntityType } from '../model.js';
import { JOINT_MARKERS, MEETING_ANAPHOR, UNNAMED_PARTNERS, OBJECT_MARKERS, PARTNER_MARKERS, TRIGGERS, type TriggerRule } from '../patterns/relations.js';
import { REPLY_GENRES } from '../patterns/structure.js';
import type { Clause, Doc, Fact, Mention } from './doc.js';
import { PhraseTable } from './matcher.js';
import { fact } from './relations-structural.js';

const TRIGGER_TABLE = new PhraseTable(TRIGGERS.flatMap((r) => r.words));
const RULES_OF = new Map<string, TriggerRule[]>();
for (const r of TRIGGERS) for (const w of r.words) RULES_OF.set(w, [...(RULES_OF.get(w) ?? []), r]);
const OBJECT = new PhraseTable(OBJECT_MARKERS);
const PARTNER = new PhraseTable(PARTNER_MARKERS);
const ACTOR: ReadonlySet<EntityType> = new Set(['Agency', 'Official']);
/** A clause that sets a meeting as the scene of its sentence (会上，…). */
const MEETING_CONTEXT = /^(?:会上|会议上|发布会上|座谈会上|仪式上|活动上|会议期间|启动仪式上)$/;
const COLLECTIVE = /^(?:全[省市县区国]?各(?:地|级|市|县|部门|单位)|各(?:地|级|市州|市|县|区|部门|单位|成员单位|有关单位)|有关部门|相关部门|我[省市县区](?!公安|委|政府))/;
const MEETING_GENRES: ReadonlySet<string> = new Set(['meeting_news', 'inquiry', 'news_report', 'congress_newsletter']);
const ATTEND_AFTER_LIST = /^(?:[、，][^。；]{1,40}?)?等[^，。；]{0,14}?(?:应询|参会|出席|参加|列席)/;
const PIVOT = new PhraseTable(['指导', '督促', '推动', '组织', '要求', '协调', '支持', '动员', '引导', '帮助']);
/** 以…为依托 / 为抓手: what the subject works through (以…为契机 is an occasion, not something it runs). */
const RELY_ON = /^为(?:依托|抓手|载体|平台|引领|核心|支撑)/;
const HELD_BEFORE = /(?:召开|举行|举办|主持|参加|出席|列席)$/;
const HELD_AFTER = /^(?:召开|举行|在)/;
const BYLINE = /^(?:记者|通讯员|作者|编辑|责任编辑|文|图|摄影|一审|二审|三审|校对|审核)$/;
const LIST_GAP = /^(?:、|和|及|以及|，|、以及)$/;
/** What may stand before a clause's subject: a date, a time, a connective (2021年5月，同时，近日). */
const SUBJECT_OPENER = /^(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:上午|下午|晚上)?(?:同时|近日|目前|此外|另外|其中|随后|今年|去年|近年来|日前|并|还|也|均|一是|二是|三是|四是|五是)?(?:多次|先后|分别|主动|及时|专门)?$/;

interface Actors {
  ids: string[];
  start: number;
  partners: string[];
}
interface Hit {
  word: string;
  start: number;
  end: number;
}

function triggersIn(t: string, c: Clause): Hit[] {
  const hits: Hit[] = [];
  for (let i = c.start; i < c.end; i++) {
    const w = TRIGGER_TABLE.startingAt(t, i);
    if (w && i + w.length <= c.end) {
      hits.push({ word: w, start: i, end: i + w.length });
      i += w.length - 1;
    }
  }
  return hits;
}

/** Actors in a coordinated list from index k on: their ids and where the list ends. */
function listFrom(t: string, actors: Mention[], k: number): { ids: string[]; next: number } {
  const ids = [...(actors[k]!.ids ?? [])];
  let end = actors[k]!.end;
  let j = k + 1;
  for (; j < actors.length && LIST_GAP.test(t.slice(end, Math.min(actors[j]!.start, ...(actors[j]!.posts?.map((p) => p.span.start) ?? [])))); j++) {
    ids.push(...(actors[j]!.ids ?? []));
    end = actors[j]!.end;
  }
  return { ids, next: j };
}

/** The clause's leading actors and its partners (省公安厅会同省委网信办、… / 联合湖南日报、…). */
function actorsOf(t: string, c: Clause, ms: Mention[]): { subject?: Actors; partners: string[] } {
  // the body in a person's post (顺德区人大常委会副主任周驭洪) is not the actor: the person is;
  // bylines (记者…, 通讯员…) name who wrote the text, not who acts in it
  const posts = new Set(ms.flatMap((m) => m.posts?.map((p) => p.agency?.start ?? -1) ?? []));
  const actors = ms.filter((m) => ACTOR.has(m.type) && !m.nested && !posts.has(m.start) && !m.posts?.some((p) => BYLINE.test(p.title)) && !isDateline(t, m));
  const partnersAfter = (k: number): string[] => {
    const out: string[] = [];
    for (let j = k; j < actors.length; ) {
      const before = actors[j - 1]?.end ?? c.start;
      if (!PARTNER.endingAt(t, actors[j]!.start) || !/^[^，。；]{0,12}$/.test(t.slice(before, actors[j]!.start))) break;
      const l = listFrom(t, actors, j);
      out.push(...l.ids);
      j = l.next;
    }
    return out;
  };
  const first = actors[0];
  if (!first) return { partners: [] };
  const opens = Math.min(first.start, ...(first.posts?.map((p) => p.span.start) ?? []));
  if (SUBJECT_OPENER.test(t.slice(c.start, opens)) && !OBJECT.endingAt(t, opens)) {
    const l = listFrom(t, actors, 0);
    return { subject: { ids: l.ids, start: first.start, partners: partnersAfter(l.next) }, partners: [] };
  }
  // 《决议》提出公安机关要…: whoever a duty falls on is the subject, whatever reports it
  const duty = actors.findIndex((m) => /^(?:要|应当|应|负责|须|必须)/.test(t.slice(m.end, m.end + 2)));
  if (duty >= 0) return { subject: { ids: actors[duty]!.ids ?? [], start: actors[duty]!.start, partners: [] }, partners: [] };
  // 由X牵头 / 由X主持: X is the subject wherever it stands
  const opensAt = (m: Mention) => Math.min(m.start, ...(m.posts?.map((p) => p.span.start) ?? []));
  const by = actors.find((m) => t.charAt(opensAt(m) - 1) === '由' || (t.charAt(m.start - 1) === '以' && /^的?名义/.test(t.slice(m.end, m.end + 3))));
  if (by) return { subject: { ids: by.ids ?? [], start: by.start, partners: [] }, partners: [] };
  // a clause opening with its partners (联合湖南日报、湖南建设银行创新推出…): the subject is carried
  if (PARTNER.endingAt(t, first.start) && SUBJECT_OPENER.test(t.slice(c.start, first.start - PARTNER.endingAt(t, first.start)!.length))) return { partners: partnersAfter(0) };
  return { partners: [] };
}

/** The outlet of a dateline or byline (湖南日报·华声在线6月15日讯, 佛山新闻网讯) reports; it does not act. */
function isDateline(t: string, m: Mention): boolean {
  return m.type === 'Agency' && /(?:报|网|在线|台|新闻)$/.test(m.name) && /^(?:[·/]|\d{1,2}月|讯|记者|时间|责任编辑|编辑)/.test(t.slice(m.end, m.end + 4));
}

/** 选定公安、移动、电信…等12个部门应询: a list that ends in 等 before an attendance verb attends, wherever it starts. */
function listBeforeAttendance(t: string, ms: Mention[]): Actors | undefined {
  const actors = ms.filter((m) => ACTOR.has(m.type) && !m.nested);
  for (let k = 0; k < actors.length; k++) {
    const l = listFrom(t, actors, k);
    const last = actors[l.next - 1]!;
    if (l.ids.length >= 2 && ATTEND_AFTER_LIST.test(t.slice(last.end, last.end + 32))) return { ids: l.ids, start: actors[k]!.start, partners: [] };
    k = l.next - 1;
  }
  return undefined;
}

/** 农行、邮储、招行…等7家银行可以…进行紧急止付: a list of three or more bodies doing one thing co-handle it. */
function listCoHandles(doc: Doc, c: Clause, ms: Mention[], out: Fact[]): void {
  const t = doc.text;
  const actors = ms.filter((m) => m.type === 'Agency' && !m.nested);
  for (let k = 0; k < actors.length; k++) {
    const l = listFrom(t, actors, k);
    const first = actors[k]!;
    const last = actors[l.next - 1]!;
    k = l.next - 1;
    // the list may end in an item not recognised as a body (…、工行、兴业等7家银行)
    if (l.next - 1 - actors.indexOf(first) < 2 || !/^(?:、[^，。；、]{1,6}?)?等/.test(t.slice(last.end, last.end + 8))) continue;
    for (const target of ms)
      if ((target.type === 'Measure' || target.type === 'Campaign') && target.start > last.end && !ms.some((m) => m.type === 'Agency' && m.start > last.end && m.start < target.start))
        emit(doc, out, 'CO_HANDLES', l.ids, target, first.start, 'co.listed-bodies', 0.6);
  }
}

/** Meetings speak only through what they cite (会议要求…贯彻落实《…》). */
function kindOf(doc: Doc, s: Actors): EntityType | undefined {
  return doc.entities.get(s.ids[0] ?? '')?.type;
}

/**
 * The meeting a sentence takes place at: the last one before `pos` that is held in the text (召开…会议,
 * …会议召开, named in the first line), else the last one that is not a session cited for its spirit
 * (党的二十大), else the document's first.
 */
export function sceneMeeting(doc: Doc, pos: number): Mention | undefined {
  const t = doc.text;
  // a first line short enough to be a title (a long one is the opening paragraph)
  const firstLine = Math.min(t.indexOf('\n') < 0 ? t.length : t.indexOf('\n'), 80);
  let held: Mention | undefined;
  let plain: Mention | undefined;
  for (const m of doc.mentions) {
    if (m.type !== 'Meeting' || m.end > pos) continue;
    if (m.start < firstLine || HELD_BEFORE.test(t.slice(Math.max(0, m.start - 4), m.start)) || HELD_AFTER.test(t.slice(m.end, m.end + 3))) held = m;
    if (m.rule !== 'meeting.session') plain = m;
  }
  return held ?? plain ?? doc.mentions.find((m) => m.type === 'Meeting');
}

export function lastBefore(ms: Mention[], type: EntityType, pos: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of ms) if (m.type === type && m.end <= pos) best = m;
  return best;
}

function emit(doc: Doc, out: Fact[], type: Fact['type'], sources: string[], target: Mention, from: number, rule: string, conf: number): void {
  for (const s of sources) for (const tid of target.ids ?? []) out.push(fact(doc, type, s, tid, { start: from, end: target.end }, rule, conf));
}

function targetFacts(doc: Doc, c: Clause, ms: Mention[], subject: Actors, hits: Hit[], out: Fact[]): void {
  const t = doc.text;
  // a list acting 联合 / 共同, or one body with a class of partners 共同…: together, none leads
  const clause = t.slice(c.start, c.end);
  const joint = (subject.ids.length + subject.partners.length > 1 || UNNAMED_PARTNERS.test(clause)) && JOINT_MARKERS.test(clause);
  // 指导四川省支付清算协会出台《…》: the body after a pivot verb is who does what follows it
  const pivot = ms.find((m) => m.type === 'Agency' && !m.nested && PIVOT.endingAt(t, m.start) && hits.some((h) => h.start >= m.end));
  const actors = ms.filter((m) => ACTOR.has(m.type) && !m.nested);
  const pivotActor: Actors | undefined = pivot ? { ids: listFrom(t, actors, actors.indexOf(pivot)).ids, start: pivot.start, partners: [] } : undefined;
  for (const target of ms) {
    if (pivotActor && target.start > pivot!.end) {
      // the list after the pivot verb is what the subject acts on (指导红网、新湖南…); what follows, the list's act
      if (pivotActor.ids.includes(target.ids?.[0] ?? '')) targetFact(doc, c, target, subject, hits, joint, out);
      else targetFact(doc, c, target, pivotActor, hits, false, out);
      continue;
    }
    // 在…新闻发布会上介绍: the speaker takes part in the meeting
    if (target.type === 'Meeting' && t.charAt(target.start - 1) === '在' && t.charAt(target.end) === '上' && kindOf(doc, subject) !== 'Meeting')
      emit(doc, out, 'PARTICIPATES_IN', subject.ids, target, Math.max(c.start, Math.min(subject.start >= 0 ? subject.start : target.start, target.start)), 'attend.at-meeting', 0.7);
    if (target.nested || subject.ids.includes(target.ids?.[0] ?? '') || subject.partners.includes(target.ids?.[0] ?? '')) continue;
    // 以…制度为依托 / 为抓手: the subject works through it
    if ((target.type === 'Measure' || target.type === 'Campaign') && /以$/.test(t.slice(target.start - 1, target.start)) && RELY_ON.test(t.slice(target.end, target.end + 4)) && kindOf(doc, subject) === 'Agency')
      emit(doc, out, 'LEADS', subject.ids, target, Math.max(c.start, subject.start >= c.start ? subject.start : target.start - 1), 'lead.rely-on', 0.7);
    targetFact(doc, c, target, subject, hits, joint, out);
  }
}

/** The fact the nearest fitting trigger before a target makes between the clause's actor and it. */
function targetFact(doc: Doc, c: Clause, target: Mention, subject: Actors, hits: Hit[], joint: boolean, out: Fact[]): void {
  const t = doc.text;
  // 召开的…会议, 开展的…活动: a verb before 的 describes its noun; in 关于组建…的建议 it is what a proposal asks; neither is the subject's act
  const asked = (h: Hit) => /关于$/.test(t.slice(h.start - 2, h.start)) && /^[^，。；]{0,30}的(?:建议|提案|议案)/.test(t.slice(h.end, c.end + 8));
  const before = hits.filter((h) => h.end <= target.start && t.charAt(h.end) !== '的' && !asked(h));
  for (let k = before.length - 1; k >= 0; k--) {
    const h = before[k]!;
    const rule = RULES_OF.get(h.word)!.find((r) => r.targets.includes(target.type) && (!r.targetRule || r.targetRule === target.rule));
    if (!rule) continue;
    if (kindOf(doc, subject) === 'Meeting' && rule.type !== 'CITES' && rule.type !== 'ISSUED') break;
    // persons chair and attend meetings; campaigns and measures belong to their bodies
    if (kindOf(doc, subject) === 'Official' && (target.type === 'Campaign' || target.type === 'Measure')) break;
    if (target.type === 'Agency' && rule.type === 'LEADS' && !/组|专班|中心|办/.test(target.name)) break;
    const from = Math.min(subject.start >= c.start ? subject.start : h.start, h.start);
    const type = joint && rule.type === 'LEADS' ? 'CO_HANDLES' : kindOf(doc, subject) === 'Meeting' ? 'CITES' : rule.type;
    emit(doc, out, type, subject.ids, target, from, `${rule.id}:${h.word}${joint ? '+joint' : ''}`, rule.confidence);
    if (joint && rule.type === 'LEADS') emit(doc, out, 'CO_HANDLES', subject.partners, target, from, `${rule.id}:${h.word}+joint`, rule.confidence);
    else if (rule.type === 'LEADS' || rule.type === 'ISSUED')
      emit(doc, out, target.type === 'Meeting' ? 'PARTICIPATES_IN' : 'CO_HANDLES', subject.partners, target, from, 'co.partner', 0.7);
    break;
  }
}

/** 交由X牵头办理 / 主办单位X: X leads the proposal named before it in the sentence (else the one answered). */
function handlerFacts(doc: Doc, c: Clause, ms: Mention[], out: Fact[]): void {
  const t = doc.text;
  for (const m of ms) {
    if (m.type !== 'Agency' || m.nested) continue;
    const handles = /^(?:牵头办理|牵头|主办|承办|负责办理)/.test(t.slice(m.end, m.end + 4)) || /(?:主办单位|承办单位|牵头单位)$/.test(t.slice(Math.max(0, m.start - 4), m.start));
    if (!handles) continue;
    // 省维稳暨反恐工作协调小组（省公安厅牵头）: the body in brackets leads the group before them
    const group = t.charAt(m.start - 1) === '（' ? ms.find((g) => g.type === 'Agency' && g.end === m.start - 1) : undefined;
    if (group) emit(doc, out, 'LEADS', m.ids ?? [], group, group.start, 'lead.handler', 0.8);
    const prop = group ? undefined : lastBefore(doc.mentions, 'Proposal', m.start);
    if (prop) emit(doc, out, 'LEADS', m.ids ?? [], prop, Math.min(prop.start, m.start), 'lead.handler', 0.8);
  }
}

/** 出席会议 / 参加 / 应询 / 主持 without a named meeting after them: the meeting named last (else the document's first). */
function attendanceFacts(doc: Doc, c: Clause, ms: Mention[], subject: Actors, hits: Hit[], out: Fact[]): void {
  for (const h of hits) {
    const rule = RULES_OF.get(h.word)!.find((r) => r.targets.includes('Meeting') && (r.type === 'PARTICIPATES_IN' || h.word === '主持'));
    if (!rule || h.word === '投入' || h.word === '参与' || ms.some((m) => m.type === 'Meeting' && m.start >= h.end)) continue;
    if (rule.id === 'attend.speech' && !MEETING_GENRES.has(doc.meta.genre)) continue;
    const meeting = sceneMeeting(doc, h.start);
    if (!meeting) continue;
    const span = { start: Math.max(c.start, Math.min(subject.start, h.start)), end: h.end };
    for (const s of subject.ids) out.push(fact(doc, rule.type, s, meeting.ids![0]!, span, `${rule.id}:${h.word}`, rule.confidence - 0.1));
  }
}

export function clauseRelations(doc: Doc, out: Fact[]): void {
  const t = doc.text;
  const author = doc.authorIds;
  const authorSubject = (): Actors | undefined => (REPLY_GENRES.has(doc.meta.genre) && author ? { ids: author, start: -1, partners: [] } : undefined);
  let carried = authorSubject();
  let sentence = -1;
  let mi = 0;
  let context: Mention | undefined;
  let pending: { ids: string[]; sentence: number } = { ids: [], sentence: -1 };
  let contextSentence = -1;
  for (const c of doc.clauses) {
    if (c.sentence !== sentence) {
      // partners belong to one sentence; a reply's paragraph starts again from its author
      sentence = c.sentence;
      if (carried) carried = { ...carried, partners: [] };
      if (t.charAt(c.start - 1) === '\n') carried = authorSubject() ?? carried;
    }
    while (mi < doc.mentions.length && doc.mentions[mi]!.start < c.start) mi++;
    const ms: Mention[] = [];
    for (let k = mi; k < doc.mentions.length && doc.mentions[k]!.start < c.end; k++) if (doc.mentions[k]!.end <= c.end) ms.push(doc.mentions[k]!);
    const found = actorsOf(t, c, ms);
    let subject = found.subject ?? listBeforeAttendance(t, ms);
    if (!subject && MEETING_ANAPHOR.test(t.slice(c.start, c.end))) {
      const meeting = sceneMeeting(doc, c.start);
      if (meeting) subject = { ids: meeting.ids ?? [], start: c.start, partners: [] };
    }
    if (subject && pending.sentence === c.sentence && pending.ids.length) subject = { ...subject, ids: [...pending.ids, ...subject.ids] };
    const hits = triggersIn(t, c);
    pending = subject && !hits.length && t.charAt(c.end) === '，' ? { ids: subject.ids, sentence: c.sentence } : { ids: [], sentence: -1 };
    if (subject) carried = subject;
    // 各地…, 全省各级…, 有关部门…: a collective acts here, not the body carried from before
    else if (COLLECTIVE.test(t.slice(c.start, c.end))) carried = undefined;
    if (c.sentence === contextSentence && subject && kindOf(doc, subject) !== 'Meeting' && context)
      for (const id of subject.ids) out.push(fact(doc, 'PARTICIPATES_IN', id, context.ids![0]!, { start: c.start, end: c.end }, 'attend.meeting-context', 0.65));
    const inMeeting = /^在.{0,40}(?:会|议|仪式)上$/.test(t.slice(c.start, c.end)) ? ms.find((m) => m.type === 'Meeting') : undefined;
    if (inMeeting || MEETING_CONTEXT.test(t.slice(c.start, c.end))) {
      context = inMeeting ?? sceneMeeting(doc, c.start);
      contextSentence = c.sentence;
    }
    else if (carried && found.partners.length) carried = { ...carried, partners: found.partners };
    const s = subject ?? (carried ? { ...carried, start: -1 } : undefined);
    if (!s) continue;
    handlerFacts(doc, c, ms, out);
    targetFacts(doc, c, ms, s, hits, out);
    listCoHandles(doc, c, ms, out);
    attendanceFacts(doc, c, ms, s, hits, out);
  }
}
