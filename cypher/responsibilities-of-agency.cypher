// What an agency or official leads, co-handles, supervises or takes part in, with evidence.
// params: $id (agency or official id), $limit (integer), $maxEvidence (integer: evidence items kept per fact)
// returns: agency, target (maps id/type/name), relType, evidence (list of maps), evidenceCount
MATCH (a:Entity {id: $id})-[r:LEADS|CO_HANDLES|SUPERVISES|PARTICIPATES_IN]->(t:Entity)
WITH a, t, r ORDER BY r.doc, r.start
WITH a, t, type(r) AS relType, collect(r {.doc, .quote, .start, .end, .spanStart, .spanEnd, .rule})[..$maxEvidence] AS evidence, count(r) AS evidenceCount
RETURN a {.id, .type, .name} AS agency, t {.id, .type, .name} AS target, relType, evidence, evidenceCount
ORDER BY relType, t.type, t.name
LIMIT $limit
