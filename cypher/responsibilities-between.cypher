// What one agency does with one target (a cell of the responsibility matrix), from the facts' summaries; evidence
// quotes: the preview of the first ones, more read by the fact's keys on demand.
// params: $agency, $target (entity ids)
// returns: id (fact id), agency, target (maps id/type/name), relType, years (unordered), preview (the first evidence items as JSON, store/fact-previews.ts; null before an upgrade), evidenceCount
MATCH (a:Entity {id: $agency})-[:STATES]->(f:Fact)-[:ABOUT]->(t:Entity {id: $target})
WHERE f.type IN ['LEADS', 'CO_HANDLES', 'SUPERVISES', 'PARTICIPATES_IN']
RETURN f.id AS id, a {.id, .type, .name} AS agency, t {.id, .type, .name} AS target, f.type AS relType, coalesce(f.years, []) AS years,
       f.preview AS preview, f.evidenceCount AS evidenceCount
ORDER BY relType
