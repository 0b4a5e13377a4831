// Creates one relationship per evidence item and folds them into their facts' summaries (:Fact nodes, see
// facts-refresh): evidence count, the first 20 evidence keys in (document, offset) order, first and last
// document date, the years of its dated documents (unordered), highest confidence, and the first $preview evidence
// items verbatim (JSON built by the loader, store/fact-previews.ts). The type comes from the extractor's closed RelationType set.
// An evidence key is `<doc>\u0001<start, 9 digits>\u0001<elementId of the evidence relationship>`: it sorts
// by document and offset and finds its relationship by id (facts-refresh builds the same keys).
// params: $rows (list of {id, type, source, target, doc, date, quote, start, end, spanStart, spanEnd, rule, confidence, preview}), $preview (integer)
// returns: count
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[r:$(row.type) {id: row.id, doc: row.doc, date: row.date, quote: row.quote, start: row.start, end: row.end, spanStart: row.spanStart, spanEnd: row.spanEnd, rule: row.rule, confidence: row.confidence}]->(b)
WITH a, b, row, row.doc + '\u0001' + right('000000000' + toString(row.start), 9) + '\u0001' + elementId(r) AS key
ORDER BY key
WITH a, b, row.id AS id, row.type AS type, collect(key)[..20] AS keys, collect(row.preview)[..$preview] AS previews, count(*) AS n,
     min(row.date) AS firstDate, max(row.date) AS lastDate, max(row.confidence) AS confidence, collect(DISTINCT left(row.date, 4)) AS years
MERGE (f:Fact {id: id})
  ON CREATE SET f.type = type, f.source = a.id, f.target = b.id, f.evidenceCount = 0, f.evidenceKeys = []
MERGE (a)-[:STATES]->(f)
MERGE (f)-[:ABOUT]->(b)
WITH f, keys, previews, n, firstDate, lastDate, confidence, years
CALL (f, keys, previews) {
  // the stored preview goes with the first stored keys (evidenceKeys is still the old list here)
  UNWIND [i IN range(0, size(coalesce(f.preview, [])) - 1) | [f.evidenceKeys[i], f.preview[i]]] + [i IN range(0, size(previews) - 1) | [keys[i], previews[i]]] AS item
  WITH item ORDER BY item[0]
  LIMIT $preview
  RETURN collect(item[1]) AS preview
}
CALL (f, keys) {
  UNWIND f.evidenceKeys + keys AS k
  WITH k ORDER BY k
  LIMIT 20
  RETURN collect(k) AS head
}
CALL (f, years) {
  UNWIND coalesce(f.years, []) + years AS y
  RETURN collect(DISTINCT y) AS allYears
}
SET f.evidenceCount = f.evidenceCount + n,
    f.evidenceKeys = head,
    f.preview = preview,
    f.years = allYears,
    f.firstDate = CASE WHEN f.firstDate IS NULL OR firstDate < f.firstDate THEN coalesce(firstDate, f.firstDate) ELSE f.firstDate END,
    f.lastDate = CASE WHEN f.lastDate IS NULL OR lastDate > f.lastDate THEN coalesce(lastDate, f.lastDate) ELSE f.lastDate END,
    f.confidence = CASE WHEN f.confidence IS NULL OR confidence > f.confidence THEN confidence ELSE f.confidence END
RETURN sum(n) AS count
