// Full-text search over entity names and aliases (cjk bigram analyzer), best first.
// params: $lucene (escaped Lucene query), $types (list of entity types or null), $limit (integer)
// returns: id, type, name, aliases, mentionCount, score
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit * 5}) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN node.id AS id, node.type AS type, node.name AS name, node.aliases AS aliases, node.mentionCount AS mentionCount,
       score
ORDER BY score DESC, mentionCount DESC, id
LIMIT $limit
