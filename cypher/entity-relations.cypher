// An entity's relations grouped per fact (type, source, target), each with its first $maxEvidence evidence items
// (by document and offset); quotes are read only for those, not for every evidence item of a hub.
// params: $id (string), $types (list of relation types or null), $direction ('OUT' | 'IN' | 'BOTH'), $limit (integer), $maxEvidence (integer: evidence items kept per fact)
// returns: id, type, out (boolean), source, target (maps id/type/name), confidence, evidence (list of maps), evidenceCount
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
WITH e, r, startNode(r) = e AS out
WHERE $direction = 'BOTH' OR ($direction = 'OUT') = out
WITH e, r, out ORDER BY r.doc, r.start
WITH r.id AS id, type(r) AS type, out, max(r.confidence) AS confidence, collect(r) AS rs, count(r) AS evidenceCount
ORDER BY type, out DESC, evidenceCount DESC, id
LIMIT $limit
WITH id, type, out, confidence, rs, evidenceCount, startNode(rs[0]) AS s, endNode(rs[0]) AS t
RETURN id, type, out, s {.id, .type, .name} AS source, t {.id, .type, .name} AS target, confidence,
       [x IN rs[..$maxEvidence] | x {.doc, .quote, .start, .end, .spanStart, .spanEnd, .rule}] AS evidence, evidenceCount
ORDER BY type, out DESC, evidenceCount DESC, id
