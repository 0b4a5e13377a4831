// Dated entities in a date range, with who issued, led or proposed them and the evidence.
// params: $from, $to (YYYY-MM-DD or null), $types (list of entity types), $limit (integer)
// returns: date, entity (map id/type/name), actors (list of maps name/relType), evidence (list of maps)
MATCH (e:Entity)
WHERE e.date IS NOT NULL AND e.type IN $types
  AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
OPTIONAL MATCH (a:Entity)-[r:ISSUED|LEADS|PROPOSED]->(e)
WITH e, collect(DISTINCT {name: a.name, relType: type(r)}) AS actors, collect(r {.doc, .quote, .start, .end}) AS evidence
RETURN e.date AS date, e {.id, .type, .name} AS entity, [x IN actors WHERE x.name IS NOT NULL] AS actors, evidence
ORDER BY date, e.name
LIMIT $limit
