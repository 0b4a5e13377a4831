// Who leads, co-handles, supervises or takes part in one campaign, measure, proposal or meeting, from the facts'
// summaries, each with the preview of its first quotes (more are read by the fact's keys on demand).
// params: $id (target entity id), $limit (integer)
// returns: id (fact id), agency, target (maps id/type/name), relType, years (of the documents stating it, unordered), preview (the first evidence items as JSON, store/fact-previews.ts; null before an upgrade), evidenceCount
MATCH (t:Entity {id: $id})<-[:ABOUT]-(f:Fact)<-[:STATES]-(a:Agency|Official)
WHERE f.type IN ['LEADS', 'CO_HANDLES', 'SUPERVISES', 'PARTICIPATES_IN']
RETURN f.id AS id, a {.id, .type, .name} AS agency, t {.id, .type, .name} AS target, f.type AS relType, coalesce(f.years, []) AS years, f.preview AS preview, f.evidenceCount AS evidenceCount
ORDER BY relType, agency.name
LIMIT $limit
