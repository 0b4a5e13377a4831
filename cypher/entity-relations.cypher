// An entity's relations grouped per fact (type, source, target), each with all its evidence.
// params: $id (string), $types (list of relation types or null), $direction ('OUT' | 'IN' | 'BOTH'), $limit (integer), $maxEvidence (integer: evidence items kept per fact)
// returns: id, type, out (boolean), source, target (maps id/type/name), confidence, evidence (list of maps), evidenceCount
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
WITH e, o, r, startNode(r) = e AS out ORDER BY r.doc, r.start
WHERE $direction = 'BOTH' OR ($direction = 'OUT') = out
WITH r.id AS id, type(r) AS type, out, startNode(r) AS s, endNode(r) AS t,
     max(r.confidence) AS confidence, collect(r {.doc, .quote, .start, .end})[..$maxEvidence] AS evidence, count(r) AS evidenceCount
RETURN id, type, out, s {.id, .type, .name} AS source, t {.id, .type, .name} AS target, confidence, evidence, evidenceCount
ORDER BY type, out DESC, evidenceCount DESC, id
LIMIT $limit
