// One document → Graph. Pure, synchronous, deterministic.
import type { DocumentRecord, EdgeRecord, EntityType, Graph, NodeRecord, RelationType } from './model.js';
import { normalizeText, toOriginal, type NormalizedText } from './normalize.js';
import { extractMetadata } from './metadata.js';
import { findEntities, type Candidate } from './entities.js';
import { extractRelations, type RawEdge, type RMention } from './relations.js';
import { canonicalName, edgeId, nodeId, scopeFromMeta } from './resolve.js';
import { findDates } from './dates.js';
import { sortGraph } from './merge-graphs.js';
import { lastFullStopOrNewline } from './char-tables.js';

export interface DocumentInput {
  id: string;
  source: string;
  sha256: string;
  text: string;
}

const PROVINCE_GOV_TITLES = new Set(['省长', '副省长', '常务副省长']);
const PROVINCE_PARTY_TITLES = new Set(['书记', '副书记']);

export function extractDocument(input: DocumentInput): Graph {
  const nt = normalizeText(input.text);
  const t = nt.text;
  const meta = extractMetadata(t);
  const scope = scopeFromMeta(meta);
  const isReply = meta.genre === 'reply_to_suggestion' || meta.genre === 'reply_to_proposal';
  const scan = findEntities(t, { hasAuthor: !!meta.author && isReply });
  const authorCanon = meta.author ? canonicalName('Agency', meta.author, scope) : undefined;
  const authorId = authorCanon ? nodeId('Agency', authorCanon) : undefined;

  const nodes = new Map<string, NodeRecord>();
  const aliasSets = new Map<string, Set<string>>();
  const docId = input.id;
  const dates = findDates(t, meta.date);

  const ensureNode = (type: EntityType, canon: string): NodeRecord => {
    const id = nodeId(type, canon);
    let n = nodes.get(id);
    if (!n) {
      n = { id, type, name: canon, aliases: [], props: {}, mentions: [] };
      nodes.set(id, n);
      aliasSets.set(id, new Set());
    }
    return n;
  };
  const addMention = (n: NodeRecord, start: number, end: number, surfaces: string[]) => {
    const [os, oe] = toOriginal(nt, start, end);
    n.mentions.push({ document: docId, start: os, end: oe });
    const set = aliasSets.get(n.id)!;
    set.add(input.text.slice(os, oe));
    for (const s of surfaces) set.add(s);
  };

  // author node (even if its name line was not picked up as a mention)
  if (authorCanon) {
    const n = ensureNode('Agency', authorCanon);
    const at = t.indexOf(meta.author!);
    if (at >= 0) addMention(n, at, at + meta.author!.length, [meta.author!]);
  }

  // spans as one number (start * (length + 1) + end): cheaper Map keys than "start:end" strings
  const spanStride = t.length + 1;
  const spanKey = (start: number, end: number) => start * spanStride + end;
  const spanToIds = new Map<number, string[]>();
  const rms: RMention[] = [];
  const titledAgencySpans = new Set<number>();
  for (const o of scan.officials) for (const tt of o.titles) if (tt.agency) titledAgencySpans.add(spanKey(tt.agency.start, tt.agency.end));

  for (const c of scan.candidates) {
    const ids: string[] = [];
    const surface = t.slice(c.start, c.end);
    const surfaces = [surface, ...(c.extraAliases ?? [])];
    if (c.author) {
      if (!authorId) continue;
      const n = nodes.get(authorId)!;
      addMention(n, c.start, c.end, c.name === '我们' ? [] : [surface]);
      if (c.name === '我们') aliasSets.get(authorId)!.delete(input.text.slice(...toOriginal(nt, c.start, c.end)));
      ids.push(authorId);
    } else if (c.expand) {
      for (const name of c.expand) {
        const n = ensureNode(c.type, name);
        addMention(n, c.start, c.end, surfaces);
        ids.push(n.id);
      }
    } else {
      const canon = canonicalName(c.type, c.name, scope, c.scopeProvince);
      const n = ensureNode(c.type, canon);
      if (canon !== c.name) surfaces.push(c.name);
      addMention(n, c.start, c.end, surfaces);
      ids.push(n.id);
      // props
      if (c.type === 'Meeting' || c.type === 'Law' || c.type === 'Campaign') {
        const d = dateBefore(t, dates, c.start);
        if (d && !n.props.date) n.props.date = d;
      }
      if (c.type === 'Proposal' && meta.answers?.number === c.name) {
        if (meta.answers.title) n.props.title = meta.answers.title;
        if (meta.session) n.props.session = meta.session;
        if (meta.number) n.props.reply = meta.number;
      }
      if (c.props?.shortFor) n.props.shortFor ??= c.props.shortFor;
    }
    const key = spanKey(c.start, c.end);
    spanToIds.set(key, ids);
    const titled = titledAgencySpans.has(key);
    for (const id of ids) rms.push({ start: c.start, end: c.end, type: c.type, id, author: c.author, nested: c.nested, titled });
  }

  // short and full forms of the same body in one document (…司法委 / …司法委员会): keep the fullest
  const redirect = new Map<string, string>();
  for (const n of nodes.values()) {
    if (n.type !== 'Agency' || !n.name.endsWith('委')) continue;
    const full = nodes.get(nodeId('Agency', n.name + '员会'));
    if (!full) continue;
    redirect.set(n.id, full.id);
    full.mentions.push(...n.mentions);
    for (const a of aliasSets.get(n.id)!) aliasSets.get(full.id)!.add(a);
    aliasSets.get(full.id)!.add(n.name);
    nodes.delete(n.id);
  }
  if (redirect.size) {
    for (const r of rms) r.id = redirect.get(r.id) ?? r.id;
    // in place: each span owns its id array, and arrays of one kind keep the optimised code stable
    for (const ids of spanToIds.values()) for (let i = 0; i < ids.length; i++) ids[i] = redirect.get(ids[i]!) ?? ids[i]!;
  }

  const raw: RawEdge[] = [];
  // structural: PART_OF from compounds
  for (const c of scan.candidates) {
    const p = c.partOf;
    if (!p) continue;
    const parentIds = spanToIds.get(spanKey(p.start, p.end));
    const childIds = spanToIds.get(spanKey(c.start, c.end));
    if (!parentIds || !childIds) continue;
    for (const a of childIds) for (const b of parentIds) raw.push({ type: 'PART_OF', source: a, target: b, confidence: 0.9, evStart: c.start, evEnd: c.end });
  }
  // officials: HOLDS_POST, LEADS (组长), PROPOSED
  const prov = scope.province;
  const answeredId = meta.answers?.number ? nodeId('Proposal', meta.answers.number) : undefined;
  for (const o of scan.officials) {
    const oid = spanToIds.get(spanKey(o.cand.start, o.cand.end))?.[0];
    if (!oid) continue;
    const on = nodes.get(oid)!;
    if (!on.props.title) {
      const titleStr = o.titles.map((x) => (x.agency ? t.slice(x.agency.start, x.agency.end) : '') + x.title).join('、');
      if (titleStr) on.props.title = titleStr;
    }
    for (const tt of o.titles) {
      let targets: string[] = [];
      if (tt.agency) targets = spanToIds.get(spanKey(tt.agency.start, tt.agency.end)) ?? [];
      else if (prov && PROVINCE_GOV_TITLES.has(tt.title)) targets = [nodeId('Agency', canonicalName('Agency', '省政府', scope))];
      else if (prov && PROVINCE_PARTY_TITLES.has(tt.title) && meta.genre !== 'news_report') targets = [nodeId('Agency', canonicalName('Agency', '省委', scope))];
      for (const target of targets) {
        if (!nodes.has(target)) {
          const name = target.slice('Agency:'.length);
          ensureNode('Agency', name);
        }
        raw.push({ type: 'HOLDS_POST', source: oid, target, confidence: tt.agency ? 0.9 : 0.7, evStart: o.evStart, evEnd: o.evEnd });
        if (/组长$/.test(tt.title) && !/副组长$/.test(tt.title) && tt.agency)
          raw.push({ type: 'LEADS', source: oid, target, confidence: 0.85, evStart: tt.agency.start, evEnd: o.evEnd });
      }
    }
    const role = on.props.role ?? o.cand.props?.role;
    if (role) on.props.role = role;
    if ((role === '代表' || role === '委员') && answeredId && nodes.has(answeredId) && meta.addressees.includes(o.cand.name)) {
      const pm = rms.find((r) => r.id === answeredId && r.start > o.cand.start && r.start - o.evEnd < 80);
      raw.push({ type: 'PROPOSED', source: oid, target: answeredId, confidence: 0.9, evStart: o.evStart, evEnd: pm ? pm.end : o.evEnd });
    }
  }
  // the replying unit handles the answered proposal; 会办 / 综合…意见 / 会同 units co-handle it
  if (authorId && answeredId && nodes.has(answeredId)) {
    const body = rms.filter((r) => r.id === answeredId).sort((a, b) => a.start - b.start);
    const first = body.find((r) => t.slice(Math.max(0, r.start - 8), r.start).includes('提出')) ?? body[0];
    if (first) {
      const sentEnd = findSentenceEnd(t, first.end);
      const paraEnd = t.indexOf('\n', first.end) < 0 ? t.length : t.indexOf('\n', first.end);
      const ref = rms.find((r) => r.author && r.start > first.end && r.start < paraEnd);
      const evStart = ref ? ref.start : first.start;
      const evEnd = ref ? findSentenceEnd(t, ref.end, true) : sentEnd;
      raw.push({ type: 'LEADS', source: authorId, target: answeredId, confidence: 0.85, evStart, evEnd });
      for (const r of rms) {
        if (r.type !== 'Agency' || r.author || r.id === authorId || r.start < first.start || r.start > paraEnd) continue;
        const after = t.slice(r.end, r.end + 40);
        const before = t.slice(Math.max(first.end, r.start - 12), r.start);
        if (/^(?:[、和]?[^，。]{0,30}?)?等?(?:会办|协办)单位/.test(after) || /综合$/.test(before) && /^意见/.test(after) || /会同$/.test(before)) {
          let ev0 = r.start;
          const k = t.lastIndexOf('，', r.start);
          if (k > first.end) ev0 = k + 1;
          const evE = findSentenceEnd(t, r.end, true);
          raw.push({ type: 'CO_HANDLES', source: r.id, target: answeredId, confidence: 0.8, evStart: ev0, evEnd: evE });
        }
      }
    }
  }
  // the author is the default subject only where it speaks for itself (replies)
  for (const e of extractRelations(t, rms.sort((a, b) => a.start - b.start || b.end - a.end), isReply ? authorId : undefined)) raw.push(e);

  // edges: one per (type, source, target) per document; best = highest confidence, then shortest quote
  const best = new Map<string, RawEdge>();
  for (const e of raw) {
    if (!nodes.has(e.source) || !nodes.has(e.target) || e.source === e.target) continue;
    const id = edgeId(e.type, e.source, e.target);
    const prev = best.get(id);
    if (!prev || e.confidence > prev.confidence || (e.confidence === prev.confidence && e.evEnd - e.evStart < prev.evEnd - prev.evStart)) best.set(id, e);
  }
  const edges: EdgeRecord[] = [];
  for (const [id, e] of best) {
    const [os, oe] = toOriginal(nt, e.evStart, e.evEnd);
    edges.push({
      id,
      type: e.type as RelationType,
      source: e.source,
      target: e.target,
      confidence: Math.round(e.confidence * 100) / 100,
      evidence: [{ document: docId, start: os, end: oe, quote: input.text.slice(os, oe) }],
    });
  }
  for (const n of nodes.values()) {
    const set = aliasSets.get(n.id)!;
    set.delete(n.name);
    n.aliases = [...set].filter((a) => a.trim().length > 0); // sorted by sortGraph below
  }
  const doc: DocumentRecord = {
    id: input.id,
    source: input.source,
    sha256: input.sha256,
    title: meta.title,
    author: authorCanon,
    number: meta.number,
    date: meta.date,
    genre: meta.genre,
    addressees: meta.addressees,
    answers: meta.answers,
    text: input.text,
  };
  return sortGraph({ documents: [doc], nodes: [...nodes.values()], edges });
}

function findSentenceEnd(t: string, from: number, clause = false): number {
  const re = clause ? /[，。；！？\n]/g : /[。；！？\n]/g;
  re.lastIndex = from;
  const m = re.exec(t);
  return m ? m.index : t.length;
}

function dateBefore(t: string, dates: { start: number; end: number; value: string }[], pos: number): string | undefined {
  const sentStart = lastFullStopOrNewline(t, pos - 1) + 1;
  let best: string | undefined;
  for (const d of dates) {
    if (d.start >= sentStart && d.end <= pos) best = d.value;
    if (d.start > pos) break;
  }
  return best;
}

export type { NormalizedText };
