// Who leads, co-handles, supervises or takes part in one campaign, measure, proposal or meeting.
// params: $id (target entity id), $limit (integer)
// returns: agency, target (maps id/type/name), relType, evidence (list of maps)
MATCH (t:Entity {id: $id})<-[r:LEADS|CO_HANDLES|SUPERVISES|PARTICIPATES_IN]-(a:Agency|Official)
WITH a, t, type(r) AS relType, collect(r {.doc, .quote, .start, .end}) AS evidence
RETURN a {.id, .type, .name} AS agency, t {.id, .type, .name} AS target, relType, evidence
ORDER BY relType, a.name
LIMIT $limit
