// Entities of some types, most mentioned first: pickers and lists.
// params: $types (list of entity types), $skip, $limit (integers)
// returns: id, type, name, aliases, mentionCount
MATCH (e:Entity)
WHERE e.type IN $types
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.mentionCount AS mentionCount
ORDER BY mentionCount DESC, id
SKIP $skip
LIMIT $limit
