// Every measure with the agencies that own it: the agencies × measures matrix.
// params: $limit (integer)
// returns: agency, target (maps id/type/name), relType, evidence (list of maps)
MATCH (t:Measure)<-[r:LEADS|CO_HANDLES|SUPERVISES|PARTICIPATES_IN]-(a:Agency|Official)
WITH a, t, type(r) AS relType, collect(r {.doc, .quote, .start, .end}) AS evidence
RETURN a {.id, .type, .name} AS agency, t {.id, .type, .name} AS target, relType, evidence
ORDER BY t.name, relType, a.name
LIMIT $limit
