// Relations the structure of names and documents states: PART_OF from compound names, HOLDS_POST
// from a person's posts, ISSUED from a title that opens with its issuer, and in replies the
// answered proposal (LEADS by the author, CO_HANDLES by 会办 / 协办 units, PROPOSED by the addressee).
import { HEAD_OF_POST, NOT_PART_TAILS, POSTS_OF_GOVERNMENT } from '../patterns/relations.js';
import { REPLY_GENRES } from '../patterns/structure.js';
import type { Doc, Fact, Mention, Range } from './doc.js';
import { scopeAgency } from './resolve.js';

export function sentenceOf(doc: Doc, pos: number): Range {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: pos, end: pos };
}

export function fact(doc: Doc, type: Fact['type'], source: string, target: string, span: Range, rule: string, confidence: number): Fact {
  // the evidence is the sentence the span lies in, or the sentences it runs across (陈明华委员：\n您提出的第…号提案)
  const first = sentenceOf(doc, span.start);
  const last = sentenceOf(doc, Math.max(span.start, span.end - 1));
  return { type, source, target, span, sentence: { start: Math.min(first.start, span.start), end: Math.max(last.end, span.end) }, rule, confidence };
}

function partOf(doc: Doc, out: Fact[]): void {
  const agencies = doc.mentions.filter((m) => m.type === 'Agency' && !m.author);
  for (const child of agencies) {
    for (const parent of agencies) {
      if (parent === child || parent.start !== child.start || parent.end >= child.end) continue;
      const tail = doc.text.slice(parent.end, child.end);
      if (NOT_PART_TAILS.test(tail)) continue;
      for (const c of child.ids ?? []) for (const p of parent.ids ?? []) out.push(fact(doc, 'PART_OF', c, p, child, 'part-of.compound', 0.9));
    }
  }
}

function agencyIdsAt(doc: Doc, r: Range): string[] {
  return doc.mentions.find((m) => m.type === 'Agency' && m.start === r.start && m.end === r.end)?.ids ?? [];
}

/** The bodies a post belongs to, with the rule that says so. */
function postTargets(doc: Doc, post: NonNullable<Mention['posts']>[number], pos: number): [string, string][] {
  if (post.agency) return agencyIdsAt(doc, post.agency).map((id) => [id, 'post.of-agency']);
  const gov = POSTS_OF_GOVERNMENT[post.title];
  if (gov) {
    const s = scopeAgency(gov, doc.meta.region);
    return s.scoped ? [[ensureAgency(doc, s.name, post.span), 'post.of-government']] : [];
  }
  // a reporter works for the outlet of the byline; correspondents and editors are not counted as its staff
  if (/记者/.test(post.title)) return mediaBefore(doc, pos).map((id) => [id, 'post.reporter-outlet']);
  return bodyOfPost(doc, post.title, pos).map((id) => [id, 'post.of-last-body']);
}

function holdsPost(doc: Doc, out: Fact[]): void {
  for (const p of doc.mentions) {
    if (p.type !== 'Official' || !p.posts) continue;
    for (const post of p.posts) {
      const span = { start: Math.min(post.span.start, p.start), end: Math.max(post.span.end, p.end) };
      for (const [t, rule] of postTargets(doc, post, p.start)) {
        out.push(fact(doc, 'HOLDS_POST', p.ids![0]!, t, span, rule, post.agency ? 0.9 : 0.7));
        // the head of a group or a joint conference leads it (协调小组组长, 联席会议总召集人)
        if (post.agency && HEAD_OF_GROUP.test(post.title)) out.push(fact(doc, 'LEADS', p.ids![0]!, t, span, 'lead.group-head', 0.85));
      }
    }
  }
}

const HEAD_OF_GROUP = /^(?:组长|召集人|总召集人|总指挥|指挥长)$/;
const MEDIA = /(?:报|网|台|在线|频道|卫视|新闻|融媒)$/;
/** The body a bare post belongs to: named last before it with the post's head (局长 → …局). */
function bodyOfPost(doc: Doc, title: string, pos: number): string[] {
  const head = HEAD_OF_POST.find(([t]) => t.test(title))?.[1];
  if (!head) return [];
  let best: Mention | undefined;
  for (const m of doc.mentions) if (m.type === 'Agency' && !m.nested && m.end <= pos && head.test(m.name)) best = m;
  return best?.ids ?? [];
}
/** A reporter's outlet: the media body named last before the byline in the same sentence. */
function mediaBefore(doc: Doc, pos: number): string[] {
  const s = sentenceOf(doc, pos);
  const media = doc.mentions.filter((m) => m.type === 'Agency' && m.start >= s.start && m.end <= pos && MEDIA.test(m.name));
  const last = media[media.length - 1];
  if (!last) return [];
  // outlets written together (扬子晚报/紫牛新闻记者) share the reporter
  const joined = media.filter((m) => m === last || /^[/·]$/.test(doc.text.slice(m.end, last.start)));
  return joined.flatMap((m) => m.ids ?? []);
}

/** An entity the text implies without naming it in full (the government of a 副省长); the post is its mention. */
function ensureAgency(doc: Doc, name: string, at: Range): string {
  const id = `Agency:${name}`;
  let e = doc.entities.get(id);
  if (!e) doc.entities.set(id, (e = { id, type: 'Agency', name, aliases: new Set(), props: {}, mentions: [] }));
  e.implied ??= [];
  if (!e.implied.some((m) => m.start === at.start && m.end === at.end)) e.implied.push({ start: at.start, end: at.end });
  return id;
}

function issuedByTitle(doc: Doc, out: Fact[]): void {
  const author = doc.authorIds ?? [];
  for (const law of doc.mentions) {
    if (law.type !== 'Law') continue;
    // the document itself (a notice, a plan): its author issued it
    if (law.rule === 'structure.own-title') {
      for (const a of author) out.push(fact(doc, 'ISSUED', a, law.ids![0]!, law, 'issue.own-document', 0.85));
      // 关于印发《…方案》的通知: the notice cites the document it hands down
      for (const inner of doc.mentions)
        if (inner.type === 'Law' && inner.nested && inner.start > law.start && inner.end <= law.end) out.push(fact(doc, 'CITES', law.ids![0]!, inner.ids![0]!, law, 'cite.handed-down', 0.8));
    }
    // 中央办公厅、国务院办公厅《关于…的意见》: the bodies written right before a title issued it
    let end = law.start;
    for (let k = doc.mentions.indexOf(law) - 1; k >= 0; k--) {
      const a = doc.mentions[k]!;
      if (a.nested) continue;
      if (a.type !== 'Agency' || !/^(?:、|和|与|及)?$/.test(doc.text.slice(a.end, end))) break;
      for (const id of a.ids ?? []) out.push(fact(doc, 'ISSUED', id, law.ids![0]!, { start: a.start, end: law.end }, 'issue.before-title', 0.8));
      end = a.start;
    }
    const issuer = doc.mentions.find((m) => m.type === 'Agency' && m.nested && m.start === law.start + 1 && doc.text.startsWith('关于', m.end));
    for (const a of issuer?.ids ?? []) out.push(fact(doc, 'ISSUED', a, law.ids![0]!, law, 'issue.title-issuer', 0.85));
  }
}

/**
 * What proves that the addressee proposed it. A salutation on its own line (李定珍委员：) is followed by the sentence
 * that says so (您提出的第0500号提案…): that sentence is the evidence, so the quote does not run across the line.
 */
function proposedSpan(doc: Doc, addressee: Range, proposal: Range): Range {
  if (proposal.end <= addressee.start) return addressee;
  const sentence = sentenceOf(doc, proposal.start);
  if (addressee.start < sentence.start && doc.text.slice(addressee.end, sentence.start).includes('\n')) return { start: sentence.start, end: proposal.end };
  return { start: addressee.start, end: proposal.end };
}

function answered(doc: Doc, out: Fact[]): void {
  const ans = doc.meta.answers;
  if (!ans || !REPLY_GENRES.has(doc.meta.genre)) return;
  const prop = doc.mentions.filter((m) => m.type === 'Proposal' && (m.name === ans.number || m.name === ans.title));
  const first = prop[0];
  const author = doc.authorIds?.[0];
  if (!first) return;
  if (author) out.push(fact(doc, 'LEADS', author, first.ids![0]!, first, 'reply.author-answers', 0.85));
  for (const m of doc.mentions) {
    // the addressee proposed it: a deputy or member, or a party committee (民盟…市委会：)
    if ((m.type === 'Official' || m.rule === 'structure.addressee') && ans.proposers.includes(m.name))
      out.push(fact(doc, 'PROPOSED', m.ids![0]!, first.ids![0]!, proposedSpan(doc, m, first), 'reply.addressee-proposed', 0.9));
    if (m.type !== 'Agency' || m.author) continue;
    const after = doc.text.slice(m.end, m.end + 40);
    if (/^(?:[、和][^，。]{0,36}?)?等?(?:会办|协办)/.test(after) || /(?:会同|综合)$/.test(doc.text.slice(m.start - 3, m.start)))
      for (const id of m.ids ?? []) out.push(fact(doc, 'CO_HANDLES', id, first.ids![0]!, m, 'reply.co-handler', 0.8));
  }
}

/** 广州市政府新闻发布会, 市人大常委会跟踪监督…座谈会召开: the body that opens a meeting's name hosts it. */
function meetingHosts(doc: Doc, out: Fact[]): void {
  for (const m of doc.mentions) {
    // a field visit's name opens with where it goes, not with who holds it (赴省反诈中心调研)
    if (m.type !== 'Meeting' || m.rule === 'meeting.visit') continue;
    // the body that opens its name (广州市政府新闻发布会), or stands right before a name followed by 召开 / 举行
    const held = /^(?:召开|举行|举办)/.test(doc.text.slice(m.end, m.end + 2));
    const host = doc.mentions.find((a) => a.type === 'Agency' && !a.author && a !== m && !MEDIA.test(a.name) && (a.start === m.start || (held && a.end === m.start)));
    if (host) for (const id of host.ids ?? []) out.push(fact(doc, 'LEADS', id, m.ids![0]!, { start: host.start, end: m.end }, 'lead.meeting-host', 0.75));
  }
}

/** 各县教育局，市直各学校，市教育发展研究中心…：the bodies a notice or plan is sent to, under its author. */
function noticeAddressees(doc: Doc, out: Fact[]): void {
  if (doc.meta.genre !== 'notice' && doc.meta.genre !== 'plan') return;
  const author = doc.authorIds ?? [];
  const line = /^[^\n：:]{4,200}[，、][^\n]{0,200}[：:][ \t]*$/m.exec(doc.text.slice(0, 1500));
  if (!line || !author.length || /索引号|文号|标题|发布|日期|来源/.test(line[0])) return;
  const span = { start: line.index, end: line.index + line[0].length };
  for (const m of doc.mentions)
    if (m.type === 'Agency' && !m.author && !m.nested && m.start >= span.start && m.end <= span.end)
      for (const a of author) for (const id of m.ids ?? []) out.push(fact(doc, 'SUPERVISES', a, id, span, 'supervise.notice-addressee', 0.65));
}

export function structuralRelations(doc: Doc, out: Fact[]): void {
  noticeAddressees(doc, out);
  meetingHosts(doc, out);
  partOf(doc, out);
  holdsPost(doc, out);
  issuedByTitle(doc, out);
  answered(doc, out);
}

