// Who supervises an entity and whom it supervises.
// params: $id (entity id), $limit (integer)
// returns: supervisor, supervised (maps id/type/name), evidence (list of maps)
MATCH (s:Entity)-[r:SUPERVISES]->(t:Entity)
WHERE s.id = $id OR t.id = $id
WITH s, t, collect(r {.doc, .quote, .start, .end}) AS evidence
RETURN s {.id, .type, .name} AS supervisor, t {.id, .type, .name} AS supervised, evidence
ORDER BY s.name, t.name
LIMIT $limit
