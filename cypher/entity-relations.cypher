// An entity's facts read from their summaries (:Fact), never from all their evidence: a hub costs its facts, not
// its evidence items. Each carries the preview of its first quotes; more are read by the fact's keys on demand.
// params: $id (string), $types (list of relation types or null), $direction ('OUT' | 'IN' | 'BOTH'), $limit (integer)
// returns: id, type, out (boolean), source, target (maps id/type/name), confidence, preview (the first evidence items as JSON, store/fact-previews.ts; null before an upgrade), evidenceCount, firstDate, lastDate
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[:STATES]->(f:Fact)
  WHERE $direction <> 'IN'
  RETURN f, true AS out
  UNION ALL
  MATCH (e)<-[:ABOUT]-(f:Fact)
  WHERE $direction <> 'OUT'
  RETURN f, false AS out
}
WITH f, out
WHERE $types IS NULL OR f.type IN $types
ORDER BY f.type, out DESC, f.evidenceCount DESC, f.id
LIMIT $limit
MATCH (s:Entity)-[:STATES]->(f)-[:ABOUT]->(t:Entity)
RETURN f.id AS id, f.type AS type, out, s {.id, .type, .name} AS source, t {.id, .type, .name} AS target, f.confidence AS confidence,
       f.preview AS preview, f.evidenceCount AS evidenceCount, f.firstDate AS firstDate, f.lastDate AS lastDate
ORDER BY type, out DESC, evidenceCount DESC, id
