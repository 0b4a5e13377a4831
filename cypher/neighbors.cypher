// One breadth-first step: the facts linking a frontier of entities to their neighbours, strongest first, read
// from the facts' summaries. An edge's quotes are read by its fact's keys only when asked for.
// params: $ids (list of entity ids), $types (list of entity types or null, for the neighbours), $limit (integer)
// returns: id (fact id), type, source, target (maps id/type/name/aliases), weight (evidence count)
UNWIND $ids AS fid
MATCH (a:Entity {id: fid})
CALL (a) {
  MATCH (a)-[:STATES]->(f:Fact)-[:ABOUT]->(b:Entity)
  RETURN f, b
  UNION ALL
  MATCH (a)<-[:ABOUT]-(f:Fact)<-[:STATES]-(b:Entity)
  RETURN f, b
}
WITH f, b
WHERE $types IS NULL OR b.type IN $types
WITH DISTINCT f
ORDER BY f.evidenceCount DESC, f.id
LIMIT $limit
MATCH (s:Entity)-[:STATES]->(f)-[:ABOUT]->(t:Entity)
RETURN f.id AS id, f.type AS type, s {.id, .type, .name, .aliases} AS source, t {.id, .type, .name, .aliases} AS target, f.evidenceCount AS weight
ORDER BY weight DESC, id
