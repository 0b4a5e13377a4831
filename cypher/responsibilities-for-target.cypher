// Who leads, co-handles, supervises or takes part in one campaign, measure, proposal or meeting, from the facts'
// summaries; evidence quotes are fetched afterwards by key (evidence-by-keys).
// params: $id (target entity id), $limit (integer), $maxEvidence (integer: evidence keys kept per fact)
// returns: id (fact id), agency, target (maps id/type/name), relType, years (of the documents stating it, unordered), evidenceKeys (list of strings), evidenceCount
MATCH (t:Entity {id: $id})<-[:ABOUT]-(f:Fact)<-[:STATES]-(a:Agency|Official)
WHERE f.type IN ['LEADS', 'CO_HANDLES', 'SUPERVISES', 'PARTICIPATES_IN']
RETURN f.id AS id, a {.id, .type, .name} AS agency, t {.id, .type, .name} AS target, f.type AS relType, coalesce(f.years, []) AS years, f.evidenceKeys[..$maxEvidence] AS evidenceKeys, f.evidenceCount AS evidenceCount
ORDER BY relType, agency.name
LIMIT $limit
