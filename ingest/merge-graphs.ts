// Union of per-document graphs by id; aliases, mentions and evidence merged; everything sorted so
// the output is byte-identical across runs.
import type { EdgeRecord, Graph, Mention, NodeRecord, DocumentRecord, Evidence } from './model.js';

const cmp = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);
// within one document's graph every mention has the same document string: `===` settles it cheaply
const mentionCmp = (a: Mention, b: Mention) => cmp(a.document, b.document) || a.start - b.start || a.end - b.end;

export function sortGraph(g: Graph): Graph {
  const documents = [...g.documents].sort((a, b) => cmp(a.id, b.id));
  const nodes = g.nodes
    .map((n) => ({ ...n, aliases: [...new Set(n.aliases)].sort(cmp), mentions: dedupeMentions(n.mentions) }))
    .sort((a, b) => cmp(a.id, b.id));
  const edges = g.edges
    .map((e) => ({ ...e, evidence: dedupeMentions(e.evidence) as Evidence[] }))
    .sort((a, b) => cmp(a.id, b.id));
  return { documents, nodes, edges };
}

function dedupeMentions<T extends Mention>(ms: T[]): T[] {
  // sorted by (document, start, end), so repeats of a mention are adjacent: keep the first of each run
  const out: T[] = [];
  let prev: T | undefined;
  for (const m of [...ms].sort(mentionCmp)) {
    if (prev && prev.start === m.start && prev.end === m.end && prev.document === m.document) continue;
    out.push(m);
    prev = m;
  }
  return out;
}

export function mergeGraphs(graphs: Graph[]): Graph {
  const docs = new Map<string, DocumentRecord>();
  const nodes = new Map<string, NodeRecord>();
  const edges = new Map<string, EdgeRecord>();
  for (const g of graphs) {
    for (const d of g.documents) docs.set(d.id, d);
    for (const n of g.nodes) {
      const prev = nodes.get(n.id);
      if (!prev) {
        nodes.set(n.id, { ...n, aliases: [...n.aliases], props: { ...n.props }, mentions: [...n.mentions] });
        continue;
      }
      prev.aliases.push(...n.aliases);
      prev.mentions.push(...n.mentions);
      for (const k of Object.keys(n.props).sort()) {
        const v = n.props[k]!;
        const pv = prev.props[k];
        if (pv === undefined) prev.props[k] = v;
        else if (pv !== v) {
          const vals = new Set(pv.split('；'));
          vals.add(v);
          prev.props[k] = [...vals].sort(cmp).join('；');
        }
      }
    }
    for (const e of g.edges) {
      const prev = edges.get(e.id);
      if (!prev) edges.set(e.id, { ...e, evidence: [...e.evidence] });
      else {
        prev.evidence.push(...e.evidence);
        prev.confidence = Math.max(prev.confidence, e.confidence);
      }
    }
  }
  return sortGraph({ documents: [...docs.values()], nodes: [...nodes.values()], edges: [...edges.values()] });
}
