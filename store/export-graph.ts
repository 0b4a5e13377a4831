// Reads the whole stored graph back in the extraction export's shape, sorted, so two stores can be compared
// byte for byte and the scorer can read what the database holds.
import type { Db, Row } from './db.ts';
import { byDocumentAndPosition, type RawEvidence } from './evidence.ts';

export async function exportGraph(db: Db) {
  const [documents, nodes, edges] = await Promise.all([db.read('export-documents'), db.read('export-nodes'), db.read('export-edges')]);
  return {
    documents,
    nodes: nodes.map((n) => ({
      id: n.id as string,
      type: n.type as string,
      name: n.name as string,
      // Stored in load order; sorted here so the export does not depend on it.
      aliases: [...(n.aliases as string[])].sort(),
      props: (n.mentions as Row[]).map((m) => ({ document: m.document, ...(JSON.parse(m.props as string) as object) })),
      mentions: (n.mentions as Row[]).flatMap((m) =>
        (m.starts as number[]).map((start, i) => ({ document: m.document, start, end: (m.ends as number[])[i] })),
      ),
    })),
    edges: edges.map((e) => ({
      id: e.id as string,
      type: e.type as string,
      source: e.source as string,
      target: e.target as string,
      confidence: e.confidence as number,
      evidence: [...(e.evidence as RawEvidence[])]
        .sort(byDocumentAndPosition)
        .map((ev) => ({
          document: ev.doc,
          quote: ev.quote,
          start: ev.start,
          end: ev.end,
          ...(ev.spanStart == null ? {} : { spanStart: ev.spanStart, spanEnd: ev.spanEnd, rule: ev.rule }),
        })),
    })),
  };
}
