// Stage 5, graph: the document's entities and facts as export records, offsets mapped back to the
// original text; evidence is the whole sentence, with the proving span and the rule inside it.
import type { DocumentRecord, EdgeRecord, Graph, NodeRecord } from '../model.js';
import { sortGraph } from '../merge-graphs.js';
import { isTraditional, toOriginal, toTraditional } from '../normalize.js';
import type { Doc } from './doc.js';

const LINE_BREAK = /[\r\n\u2028\u2029]/;
/** A line break (with the spaces around it) between two CJK characters: a wrap inside a name. */
const WRAP_IN_NAME = /(?<=[\u3400-\u9fff])[ \t\u3000]*\r?\n[ \t\u3000]*(?=[\u3400-\u9fff])/g;
const joinWraps = (name: string) => name.replace(WRAP_IN_NAME, '');

export function toGraph(doc: Doc): Graph {
  const orig = doc.nt.original;
  const nodes: NodeRecord[] = [];
  // a document in traditional script finds its entities under their traditional names too
  const traditional = isTraditional(doc.nt);
  for (const e of doc.entities.values()) {
    const aliases = new Set<string>();
    const toMention = (m: { start: number; end: number }) => {
      const [start, end] = toOriginal(doc.nt, m.start, m.end);
      return { document: doc.id, start, end };
    };
    const mentions = e.mentions.map(toMention);
    for (const m of mentions) aliases.add(orig.slice(m.start, m.end));
    if (e.implied) mentions.push(...e.implied.map(toMention));
    for (const a of e.aliases) aliases.add(a);
    if (traditional) aliases.add(toTraditional(e.name));
    aliases.delete(e.name);
    // aliases are names: without the quotes and title marks around them (“断卡”行动 → 断卡行动); a name the source
    // wraps (省协调小\n组) is the name without the wrap, which the normalised view has joined; nothing spans a real line
    const clean = [...new Set([...aliases].map((a) => joinWraps(a).replace(/[“”‘’《》]/g, '')))].filter(
      (a) => a.trim() && a !== e.name && !LINE_BREAK.test(a),
    );
    nodes.push({ id: e.id, type: e.type, name: joinWraps(e.name), aliases: clean, props: e.props, mentions });
  }
  const edges: EdgeRecord[] = doc.facts.map((f) => {
    const [start, end] = toOriginal(doc.nt, f.sentence.start, f.sentence.end);
    const [spanStart, spanEnd] = toOriginal(doc.nt, f.span.start, f.span.end);
    return {
      id: `${f.type}|${f.source}|${f.target}`,
      type: f.type,
      source: f.source,
      target: f.target,
      confidence: Math.round(f.confidence * 100) / 100,
      evidence: [{ document: doc.id, start, end, quote: orig.slice(start, end), spanStart, spanEnd, rule: f.rule }],
    };
  });
  const m = doc.meta;
  const record: DocumentRecord = {
    id: doc.id,
    source: doc.source,
    sha256: doc.sha256,
    ...(m.title ? { title: m.title } : {}),
    ...(m.author ? { author: doc.authorIds?.[0]?.replace(/^Agency:/, '').replace(/@.*$/, '') ?? m.author } : {}),
    ...(m.number ? { number: m.number } : {}),
    ...(m.date ? { date: m.date } : {}),
    genre: m.genre,
    ...(m.region.province ? { region: [m.region.province, m.region.city, m.region.county].filter(Boolean).join(' · ') } : {}),
    addressees: m.addressees,
    ...(m.answers ? { answers: m.answers } : {}),
    text: orig,
  };
  return sortGraph({ documents: [record], nodes, edges });
}
