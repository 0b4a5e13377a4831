// Every measure with the agencies that own it: the agencies × measures matrix.
// params: $limit (integer), $maxEvidence (integer: evidence items kept per fact)
// returns: agency, target (maps id/type/name), relType, evidence (list of maps), evidenceCount
MATCH (t:Measure)<-[r:LEADS|CO_HANDLES|SUPERVISES|PARTICIPATES_IN]-(a:Agency|Official)
WITH a, t, r ORDER BY r.doc, r.start
WITH a, t, type(r) AS relType, collect(r {.doc, .quote, .start, .end, .spanStart, .spanEnd, .rule})[..$maxEvidence] AS evidence, count(r) AS evidenceCount
RETURN a {.id, .type, .name} AS agency, t {.id, .type, .name} AS target, relType, evidence, evidenceCount
ORDER BY t.name, relType, a.name
LIMIT $limit
