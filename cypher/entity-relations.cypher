// An entity's relations grouped per fact (type, source, target), each with all its evidence.
// params: $id (string), $types (list of relation types or null), $direction ('OUT' | 'IN' | 'BOTH'), $limit (integer)
// returns: id, type, out (boolean), source, target (maps id/type/name), confidence, evidence (list of maps)
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
WITH e, o, r, startNode(r) = e AS out
WHERE $direction = 'BOTH' OR ($direction = 'OUT') = out
WITH r.id AS id, type(r) AS type, out, startNode(r) AS s, endNode(r) AS t,
     max(r.confidence) AS confidence, collect(r {.doc, .quote, .start, .end}) AS evidence
RETURN id, type, out, s {.id, .type, .name} AS source, t {.id, .type, .name} AS target, confidence, evidence
ORDER BY type, out DESC, size(evidence) DESC, id
LIMIT $limit
