// Relations at clause level: each clause's subject (an agency or person, a coordinated list of
// them, 会议 for the last meeting, else the subject carried from before: the author of a reply,
// the last actor in news) is linked by the trigger words of TRIGGERS to the mentions after them.
import type { EntityType } from '../model.js';
import { MEETING_ANAPHOR, OBJECT_MARKERS, TRIGGERS, type TriggerRule } from '../patterns/relations.js';
import { REPLY_GENRES } from '../patterns/structure.js';
import type { Clause, Doc, Fact, Mention } from './doc.js';
import { PhraseTable } from './matcher.js';
import { fact } from './relations-structural.js';

const TRIGGER_TABLE = new PhraseTable(TRIGGERS.flatMap((r) => r.words));
const RULES_OF = new Map<string, TriggerRule[]>();
for (const r of TRIGGERS) for (const w of r.words) RULES_OF.set(w, [...(RULES_OF.get(w) ?? []), r]);
const OBJECT = new PhraseTable(OBJECT_MARKERS);
const ACTOR: ReadonlySet<EntityType> = new Set(['Agency', 'Official']);
const PARTNER = /^(?:会同|联合|配合|协同|联手|携手)$/;

interface Subject {
  ids: string[];
  start: number;
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

/** The leading agencies or persons of a clause (公安、网信、金融管理部门 …), if it opens with them. */
function subjectOf(t: string, c: Clause, ms: Mention[]): { subject?: Subject; partners: string[] } {
  const actors = ms.filter((m) => ACTOR.has(m.type) && !m.nested);
  const first = actors[0];
  if (!first || first.start - c.start > 4 || OBJECT.endingAt(t, first.start)) {
    // 由X牵头 / 由X主持: X is the subject wherever it stands
    const by = actors.find((m) => t.charAt(m.start - 1) === '由');
    return by ? { subject: { ids: by.ids ?? [], start: by.start }, partners: [] } : { partners: [] };
  }
  const ids = [...(first.ids ?? [])];
  const partners: string[] = [];
  let end = first.end;
  for (const m of actors.slice(1)) {
    const gap = t.slice(end, m.start);
    if (/^(?:、|和|与|及|以及|，)$/.test(gap)) ids.push(...(m.ids ?? []));
    else if (PARTNER.test(gap)) partners.push(...(m.ids ?? []));
    else break;
    end = m.end;
  }
  return { subject: { ids, start: first.start }, partners };
}

/** Meetings speak only through what they cite (会议要求…贯彻落实《…》). */
function subjectKind(doc: Doc, s: Subject): EntityType | undefined {
  return doc.entities.get(s.ids[0] ?? '')?.type;
}

function lastBefore(ms: Mention[], type: EntityType, pos: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of ms) if (m.type === type && m.end <= pos) best = m;
  return best;
}

function clauseFacts(doc: Doc, c: Clause, ms: Mention[], subject: Subject, partners: string[], out: Fact[]): void {
  const t = doc.text;
  const hits = triggersIn(t, c);
  for (const target of ms) {
    if (target.nested || subject.ids.includes(target.ids?.[0] ?? '')) continue;
    const before = hits.filter((h) => h.end <= target.start);
    for (let k = before.length - 1; k >= 0; k--) {
      const h = before[k]!;
      const rule = RULES_OF.get(h.word)!.find((r) => r.targets.includes(target.type));
      if (!rule) continue;
      if (subjectKind(doc, subject) === 'Meeting' && rule.type !== 'CITES') break;
      if (target.type === 'Agency' && rule.type === 'LEADS' && !/组|专班|中心|办/.test(target.name)) break;
      const from = Math.min(subject.start >= c.start ? subject.start : h.start, h.start);
      for (const s of subject.ids) for (const tid of target.ids ?? []) out.push(fact(doc, rule.type, s, tid, { start: from, end: target.end }, `${rule.id}:${h.word}`, rule.confidence));
      if (rule.type === 'LEADS' && rule.targets.includes('Campaign'))
        for (const p of partners) for (const tid of target.ids ?? []) out.push(fact(doc, 'CO_HANDLES', p, tid, { start: from, end: target.end }, 'co.partner-of-subject', 0.7));
      break;
    }
  }
  // 出席会议 / 参加 / 应询 / 主持 without a named meeting after them: the meeting named last (else the document's first)
  for (const h of hits) {
    const rule = RULES_OF.get(h.word)!.find((r) => r.targets.includes('Meeting') && (r.type === 'PARTICIPATES_IN' || h.word === '主持'));
    if (!rule || ms.some((m) => m.type === 'Meeting' && m.start >= h.end)) continue;
    if (h.word === '投入' || h.word === '参与') continue;
    const meeting = lastBefore(doc.mentions, 'Meeting', h.start) ?? doc.mentions.find((m) => m.type === 'Meeting');
    if (!meeting) continue;
    for (const s of subject.ids) out.push(fact(doc, rule.type, s, meeting.ids![0]!, { start: Math.max(c.start, Math.min(subject.start, h.start)), end: h.end }, `${rule.id}:${h.word}`, rule.confidence - 0.1));
  }
}

export function clauseRelations(doc: Doc, out: Fact[]): void {
  const t = doc.text;
  const author = doc.mentions.find((m) => m.author)?.ids;
  const isReply = REPLY_GENRES.has(doc.meta.genre);
  let carried: Subject | undefined = isReply && author ? { ids: author, start: -1 } : undefined;
  let mi = 0;
  let sentence = -1;
  for (const c of doc.clauses) {
    if (c.sentence !== sentence) {
      sentence = c.sentence;
      if (isReply && author && t.charAt(c.start - 1) === '\n') carried = { ids: author, start: -1 };
    }
    while (mi < doc.mentions.length && doc.mentions[mi]!.start < c.start) mi++;
    const ms: Mention[] = [];
    for (let k = mi; k < doc.mentions.length && doc.mentions[k]!.start < c.end; k++) if (doc.mentions[k]!.end <= c.end) ms.push(doc.mentions[k]!);
    let { subject, partners } = subjectOf(t, c, ms);
    if (!subject && MEETING_ANAPHOR.test(t.slice(c.start, c.end))) {
      const meeting = lastBefore(doc.mentions, 'Meeting', c.start);
      if (meeting) subject = { ids: meeting.ids ?? [], start: c.start };
    }
    if (subject) carried = subject;
    const s = subject ?? carried;
    if (s) clauseFacts(doc, c, ms, subject ?? { ids: s.ids, start: -1 }, partners, out);
  }
}
