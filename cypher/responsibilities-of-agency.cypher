// What an agency or official leads, co-handles, supervises or takes part in, from the facts' summaries; evidence
// quotes: the preview of the first ones, more read by the fact's keys on demand.
// params: $id (agency or official id), $targetTypes (list of entity types or null: all), $limit (integer)
// returns: id (fact id), agency, target (maps id/type/name), relType, years (of the documents stating it, unordered), preview (the first evidence items as JSON, store/fact-previews.ts; null before an upgrade), evidenceCount
MATCH (a:Entity {id: $id})-[:STATES]->(f:Fact)-[:ABOUT]->(t:Entity)
WHERE f.type IN ['LEADS', 'CO_HANDLES', 'SUPERVISES', 'PARTICIPATES_IN'] AND ($targetTypes IS NULL OR t.type IN $targetTypes)
RETURN f.id AS id, a {.id, .type, .name} AS agency, t {.id, .type, .name} AS target, f.type AS relType, coalesce(f.years, []) AS years, f.preview AS preview, f.evidenceCount AS evidenceCount
ORDER BY relType, target.type, target.name
LIMIT $limit
