// Entities whose name or an alias equals the user's text after normalisation, most mentioned first.
// params: $key (normalised text), $lucene (escaped phrase query), $types (list of entity types or null)
// returns: id, type, name
CALL () {
  MATCH (e:Entity {nameKey: $key})
  RETURN e
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 50}) YIELD node
  WITH node AS e
  WHERE $key IN e.keys
  RETURN e
}
WITH e
WHERE $types IS NULL OR e.type IN $types
RETURN e.id AS id, e.type AS type, e.name AS name
ORDER BY e.mentionCount DESC, e.id
LIMIT 10
