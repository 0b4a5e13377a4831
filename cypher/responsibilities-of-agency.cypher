// What an agency or official leads, co-handles, supervises or takes part in, from the facts' summaries; evidence
// quotes are fetched afterwards by key (evidence-by-keys).
// params: $id (agency or official id), $targetTypes (list of entity types or null: all), $limit (integer), $maxEvidence (integer: evidence keys kept per fact)
// returns: id (fact id), agency, target (maps id/type/name), relType, years (of the documents stating it, unordered), evidenceKeys (list of strings), evidenceCount
MATCH (a:Entity {id: $id})-[:STATES]->(f:Fact)-[:ABOUT]->(t:Entity)
WHERE f.type IN ['LEADS', 'CO_HANDLES', 'SUPERVISES', 'PARTICIPATES_IN'] AND ($targetTypes IS NULL OR t.type IN $targetTypes)
RETURN f.id AS id, a {.id, .type, .name} AS agency, t {.id, .type, .name} AS target, f.type AS relType, coalesce(f.years, []) AS years, f.evidenceKeys[..$maxEvidence] AS evidenceKeys, f.evidenceCount AS evidenceCount
ORDER BY relType, target.type, target.name
LIMIT $limit
