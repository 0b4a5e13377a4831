// Who supervises an entity and whom it supervises.
// params: $id (entity id), $limit (integer), $maxEvidence (integer: evidence items kept per fact)
// returns: supervisor, supervised (maps id/type/name), evidence (list of maps), evidenceCount
MATCH (s:Entity)-[r:SUPERVISES]->(t:Entity)
WHERE s.id = $id OR t.id = $id
WITH s, t, r ORDER BY r.doc, r.start
WITH s, t, collect(r {.doc, .quote, .start, .end, .spanStart, .spanEnd, .rule})[..$maxEvidence] AS evidence, count(r) AS evidenceCount
RETURN s {.id, .type, .name} AS supervisor, t {.id, .type, .name} AS supervised, evidence, evidenceCount
ORDER BY s.name, t.name
LIMIT $limit
