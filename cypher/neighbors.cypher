// One breadth-first step: the facts linking a frontier of entities to their neighbours, strongest first.
// params: $ids (list of entity ids), $types (list of entity types or null, for the neighbours), $limit (integer)
// returns: id, type, source, target (maps id/type/name/aliases), weight (evidence count)
UNWIND $ids AS fid
MATCH (a:Entity {id: fid})-[r]-(b:Entity)
WHERE $types IS NULL OR b.type IN $types
WITH DISTINCT r
WITH r.id AS id, type(r) AS type, startNode(r) AS s, endNode(r) AS t, count(r) AS weight
RETURN id, type, s {.id, .type, .name, .aliases} AS source, t {.id, .type, .name, .aliases} AS target, weight
ORDER BY weight DESC, id
LIMIT $limit
