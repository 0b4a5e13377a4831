// Substring search for queries the bigram index cannot answer (a single character such as 湘).
// params: $text (string), $types (list of entity types or null), $limit (integer)
// returns: id, type, name, aliases, mentionCount, score
MATCH (e:Entity)
WHERE ($types IS NULL OR e.type IN $types)
  AND (e.name CONTAINS $text OR any(a IN e.aliases WHERE a CONTAINS $text))
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.mentionCount AS mentionCount,
       1.0 / size(e.name) AS score
ORDER BY score DESC, mentionCount DESC, id
LIMIT $limit
