// Relations whose trigger stands after or around its arguments, one pattern each: supervision
// visits (到X督导, 对X进行督办), directives (根据X部署), documents handed down (现将《X》印发,
// X下发的《Y》) and what a document itself cites (the 通告 that says 根据《刑法》).
import { REPLY_GENRES } from '../patterns/structure.js';
import type { Doc, Fact, Mention, Range } from './doc.js';
import { fact } from './relations-structural.js';
import { lastBefore, sceneMeeting } from './relations-clauses.js';

const VISIT = /(?:到|赴|来到|走进|深入)$/;
const SUPERVISE_WORD = /督导|督办|督查|视察|检查|调研|跟踪监督|监督/;
const OBJECT_SUPERVISE = /^[^。；]{0,60}?进行(?:重点)?(?:督办|督导|督查|监督|检查)|^[^。；]{0,60}?(?:情况的)?跟踪监督/;
const DIRECTIVE = /^(?:的)?(?:部署|要求|安排|统一部署)/;
const HANDED_DOWN = /^(?:印发|下发|转发)(?:给)?/;
const ISSUED_OF = /^(?:下发|印发|出台|制定|发布)的$/;
const PROPOSE = /^(?:代表|委员)?(?:领衔)?(?:提出|提交|领衔)(?:了|的)?/;
const ATTEND_LIST = /等[^。；，]{0,14}?(?:参会|参加会议|出席会议|列席会议|应询)/;
const TEAM = /(?:组|专班|工作队)$/;
const OBJECT_CITE = /^[^，。；]{0,6}?进行(?:解读|学习|宣传|部署|传达)/;
const CITE_OPENERS = /(?:根据|依据|按照|依照|遵照|贯彻落实|落实)$/;

function inSentence(doc: Doc, s: Range): Mention[] {
  return doc.mentions.filter((m) => m.start >= s.start && m.end <= s.end && !m.nested);
}

/** The sentence's acting subject: its first agency or person not introduced by a preposition. */
function actorOf(doc: Doc, ms: Mention[]): Mention | undefined {
  // the body in a person's post (…副主任周驭洪) is not the actor: the person is
  const posts = new Set(ms.flatMap((m) => m.posts?.map((p) => p.agency?.start ?? -1) ?? []));
  return ms.find((m) => (m.type === 'Agency' || m.type === 'Official') && !posts.has(m.start) && !/[对向到赴在与和将把据]$/.test(doc.text.slice(m.start - 1, m.start)));
}

function supervision(doc: Doc, s: Range, ms: Mention[], out: Fact[]): void {
  const t = doc.text;
  const text = t.slice(s.start, s.end);
  const actor = actorOf(doc, ms);
  if (!actor) return;
  // those the actor leads on the visit (李明率省人大监察和司法委员会赴省公安厅督办) supervise with it
  const team = [actor, ...ms.filter((m) => m.type === 'Agency' && m.start > actor.end && /(?:率|带领|率领)$/.test(t.slice(m.start - 2, m.start)))];
  for (const m of ms) {
    if (team.includes(m) || (m.type !== 'Agency' && m.type !== 'Proposal')) continue;
    const before = t.slice(Math.max(s.start, m.start - 4), m.start);
    const visited = m.type === 'Agency' && VISIT.test(before) && SUPERVISE_WORD.test(text);
    // 对X…进行督办, 对区人大代表何国标提出的《…建议》进行重点督办
    const objected = /对[^，。；对]{0,24}$/.test(t.slice(Math.max(s.start, m.start - 25), m.start)) && OBJECT_SUPERVISE.test(t.slice(m.end, s.end));
    if (!visited && !objected) continue;
    const rule = visited ? 'supervise.visit' : 'supervise.object';
    for (const who of team) for (const a of who.ids ?? []) for (const id of m.ids ?? []) out.push(fact(doc, 'SUPERVISES', a, id, { start: actor.start, end: m.end }, rule, 0.7));
  }
}

function directives(doc: Doc, s: Range, ms: Mention[], out: Fact[]): void {
  const t = doc.text;
  const by = ms.find((m) => m.type === 'Agency' && /(?:根据|按照)$/.test(t.slice(m.start - 2, m.start)) && DIRECTIVE.test(t.slice(m.end, m.end + 4)));
  if (!by) return;
  const doers = ms.filter((m) => (m.type === 'Agency' || m.type === 'Official') && m.start > by.end);
  const first = doers[0];
  if (!first) return;
  // the coordinated list that acts after the directive
  const list = [first];
  for (const m of doers.slice(1)) if (/^(?:、|和|与|及)$/.test(t.slice(list[list.length - 1]!.end, m.start))) list.push(m);
  for (const d of list) for (const a of by.ids ?? []) for (const id of d.ids ?? []) out.push(fact(doc, 'SUPERVISES', a, id, { start: by.start, end: d.end }, 'supervise.directive', 0.65));
}

function documents(doc: Doc, s: Range, ms: Mention[], out: Fact[]): void {
  const t = doc.text;
  const author = doc.authorIds;
  for (const law of ms) {
    if (law.type !== 'Law') continue;
    // 现将《X》印发给你们: the author issues it
    if (author && /将$/.test(t.slice(law.start - 1, law.start)) && HANDED_DOWN.test(t.slice(law.end, law.end + 4)))
      for (const a of author) out.push(fact(doc, 'ISSUED', a, law.ids![0]!, law, 'issue.handed-down', 0.8));
    // X下发的《Y》: X issued Y
    const by = ms.find((m) => m.type === 'Agency' && m.end < law.start && ISSUED_OF.test(t.slice(m.end, law.start)));
    if (by) for (const a of by.ids ?? []) out.push(fact(doc, 'ISSUED', a, law.ids![0]!, { start: by.start, end: law.end }, 'issue.relative', 0.8));
  }
}

/** The document's own entity when it is itself a law-like text (a 通告, 方案, 通知): what its title names. */
function selfLaw(doc: Doc): string | undefined {
  if (REPLY_GENRES.has(doc.meta.genre)) return undefined;
  const own = doc.mentions.find((m) => m.rule === 'structure.own-title');
  // 关于印发《X》的通知: the body is X
  const handed = own && doc.mentions.find((m) => m.type === 'Law' && m.nested && m.start > own.start && m.end <= own.end);
  const title = doc.meta.title ?? '';
  const named = doc.mentions.find((m) => m.type === 'Law' && title && (title.includes(m.name) || m.name.includes(title)));
  return (handed ?? own ?? named ?? doc.mentions.find((m) => m.rule === 'structure.title-line'))?.ids?.[0];
}

function selfCitations(doc: Doc, s: Range, ms: Mention[], self: string, out: Fact[]): void {
  const t = doc.text;
  if (!CITE_OPENERS.test(t.slice(s.start, s.start + 6).replace(/[^\u4e00-\u9fff]+$/, '')) && !/^(?:为|根据|依据|按照)/.test(t.slice(s.start, s.end))) return;
  for (const law of ms) {
    if (law.type !== 'Law' || law.ids?.[0] === self) continue;
    // 根据市…办公室《A》和《B》: other titles and the bodies that issued them may stand between
    const lead = ms.filter((m) => m.type === 'Agency' && m.end <= law.start).reduce((x, m) => x.replace(t.slice(m.start, m.end), ''), t.slice(s.start, law.start));
    if (!CITE_OPENERS.test(lead.replace(/《[^》]*》[、和]?/g, ''))) continue;
    out.push(fact(doc, 'CITES', self, law.ids![0]!, { start: s.start, end: law.end }, 'cite.by-document', 0.7));
  }
}

/** 会议对《A》和《B》进行解读 / 对《X》进行部署: the sentence's actor (a body, or the meeting) cites them. */
function citedAsObject(doc: Doc, s: Range, ms: Mention[], out: Fact[]): void {
  const t = doc.text;
  const first = ms.findIndex((m) => m.type === 'Law' && t.charAt(m.start - 1) === '对');
  if (first < 0) return;
  // the titles joined to it (对《A》和《B》)
  const laws = [ms[first]!];
  for (const m of ms.slice(first + 1)) {
    if (m.type !== 'Law' || !/^[和、及与]$/.test(t.slice(laws[laws.length - 1]!.end, m.start))) break;
    laws.push(m);
  }
  const last = laws[laws.length - 1]!;
  if (!OBJECT_CITE.test(t.slice(last.end, Math.min(s.end, last.end + 12)))) return;
  const opener = /^(?:会议|会上)/.test(t.slice(s.start, s.end)) ? lastBefore(doc.mentions, 'Meeting', s.start) : actorOf(doc, ms);
  if (!opener) return;
  for (const law of laws) for (const a of opener.ids ?? []) out.push(fact(doc, 'CITES', a, law.ids![0]!, { start: s.start, end: last.end }, 'cite.object', 0.7));
}

/** 区人大代表何国标提出的《…建议》, 李玛琳提交了《…提案》: the person proposed it. */
function proposals(doc: Doc, s: Range, ms: Mention[], out: Fact[]): void {
  const t = doc.text;
  for (const p of ms) {
    if (p.type !== 'Official') continue;
    const verb = PROPOSE.exec(t.slice(p.end, p.end + 8));
    if (!verb) continue;
    const from = p.end + verb[0].length;
    const prop = ms.find((m) => m.type === 'Proposal' && m.start >= from && m.start - from <= 40 && !/[。；]/.test(t.slice(from, m.start)));
    if (prop) out.push(fact(doc, 'PROPOSED', p.ids![0]!, prop.ids![0]!, { start: p.start, end: prop.end }, 'propose.trigger', 0.85));
  }
}

/** 欧平带领市反诈办第五督导组: who takes a team along leads it. */
function teamLeaders(doc: Doc, s: Range, ms: Mention[], out: Fact[]): void {
  const t = doc.text;
  for (const team of ms) {
    if (team.type !== 'Agency' || !TEAM.test(team.name) || !/(?:带领|率领|率)$/.test(t.slice(team.start - 2, team.start))) continue;
    const leader = [...ms].reverse().find((m) => (m.type === 'Official' || m.type === 'Agency') && m.end <= team.start - 1 && m.end >= team.start - 3);
    if (leader) for (const id of leader.ids ?? []) out.push(fact(doc, 'LEADS', id, team.ids![0]!, { start: leader.start, end: team.end }, 'lead.team', 0.75));
  }
}

/** 副校长黄涛，安沙派出所民警代表，…等500余人参会: everyone listed before 等…参会 attends the meeting of the day. */
function attendanceLists(doc: Doc, s: Range, ms: Mention[], out: Fact[]): void {
  const t = doc.text;
  const m = ATTEND_LIST.exec(t.slice(s.start, s.end));
  if (!m) return;
  const at = s.start + m.index;
  const meeting = sceneMeeting(doc, s.start);
  if (!meeting) return;
  const posts = new Set(ms.flatMap((x) => x.posts?.map((p) => p.agency?.start ?? -1) ?? []));
  for (const a of ms) {
    if ((a.type !== 'Agency' && a.type !== 'Official') || a.end > at || posts.has(a.start)) continue;
    const opens = Math.min(a.start, ...(a.posts?.map((p) => p.span.start) ?? []));
    if (opens - s.start > 4 && !'、，'.includes(t.charAt(opens - 1))) continue;
    for (const id of a.ids ?? []) out.push(fact(doc, 'PARTICIPATES_IN', id, meeting.ids![0]!, { start: opens, end: at + m[0].length }, 'attend.listed', 0.7));
  }
}

export function patternRelations(doc: Doc, out: Fact[]): void {
  const self = selfLaw(doc);
  for (const s of doc.sentences) {
    const ms = inSentence(doc, s);
    if (ms.length < 2) continue;
    supervision(doc, s, ms, out);
    directives(doc, s, ms, out);
    documents(doc, s, ms, out);
    citedAsObject(doc, s, ms, out);
    proposals(doc, s, ms, out);
    teamLeaders(doc, s, ms, out);
    attendanceLists(doc, s, ms, out);
    if (self) selfCitations(doc, s, ms, self, out);
  }
}
