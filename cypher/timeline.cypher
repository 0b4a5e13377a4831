// Dated entities in a date range, with who issued, led or proposed them and the evidence.
// params: $from, $to (YYYY-MM-DD or null), $types (list of entity types), $limit (integer), $maxEvidence (integer: evidence items kept per fact)
// returns: date, entity (map id/type/name), actors (list of maps name/relType), evidence (list of maps), evidenceCount
MATCH (e:Entity)
WHERE e.date IS NOT NULL AND e.type IN $types
  AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
OPTIONAL MATCH (a:Entity)-[r:ISSUED|LEADS|PROPOSED]->(e)
WITH e, a, r ORDER BY r.doc, r.start
WITH e, collect(DISTINCT {name: a.name, relType: type(r)}) AS actors, collect(r {.doc, .quote, .start, .end, .spanStart, .spanEnd, .rule})[..$maxEvidence] AS evidence, count(r) AS evidenceCount
RETURN e.date AS date, e {.id, .type, .name} AS entity, [x IN actors WHERE x.name IS NOT NULL] AS actors, evidence, evidenceCount
ORDER BY date, e.name
LIMIT $limit
