// Recomputes facts' summaries from the evidence that remains (after documents-clear): a fact left without
// evidence is deleted. Keys as in relations-create. The previews of the facts kept are rebuilt by the caller
// (store/fact-previews.ts) from the keys returned: Cypher cannot write their JSON.
// params: $facts (list of {id, type, source, target}), $preview (integer: evidence items kept per fact)
// returns: id, keys (first evidence keys) of each fact kept
UNWIND $facts AS fact
MATCH (a:Entity {id: fact.source})
MATCH (b:Entity {id: fact.target})
CALL (a, b, fact) {
  OPTIONAL MATCH (a)-[r]->(b)
  WHERE r.id = fact.id
  WITH r, r.doc + '\u0001' + right('000000000' + toString(r.start), 9) + '\u0001' + elementId(r) AS key
  ORDER BY key
  RETURN count(r) AS n, collect(key)[..20] AS keys, min(r.date) AS firstDate, max(r.date) AS lastDate, max(r.confidence) AS confidence,
         collect(DISTINCT left(r.date, 4)) AS years
}
MERGE (f:Fact {id: fact.id})
  ON CREATE SET f.type = fact.type, f.source = a.id, f.target = b.id
MERGE (a)-[:STATES]->(f)
MERGE (f)-[:ABOUT]->(b)
SET f.evidenceCount = n, f.evidenceKeys = keys, f.firstDate = firstDate, f.lastDate = lastDate, f.confidence = confidence, f.years = years
WITH f, n, f.id AS id, keys[..$preview] AS head
CALL (f, n) {
  WITH f WHERE n = 0
  DETACH DELETE f
}
WITH id, head, n
WHERE n > 0
RETURN id, head AS keys
