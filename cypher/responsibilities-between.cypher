// What one agency does with one target (a cell of the responsibility matrix), from the facts' summaries; evidence
// quotes are fetched afterwards by key (evidence-by-keys).
// params: $agency, $target (entity ids), $maxEvidence (integer: evidence keys kept per fact)
// returns: id (fact id), agency, target (maps id/type/name), relType, years (unordered), evidenceKeys (list of strings), evidenceCount
MATCH (a:Entity {id: $agency})-[:STATES]->(f:Fact)-[:ABOUT]->(t:Entity {id: $target})
WHERE f.type IN ['LEADS', 'CO_HANDLES', 'SUPERVISES', 'PARTICIPATES_IN']
RETURN f.id AS id, a {.id, .type, .name} AS agency, t {.id, .type, .name} AS target, f.type AS relType, coalesce(f.years, []) AS years,
       f.evidenceKeys[..$maxEvidence] AS evidenceKeys, f.evidenceCount AS evidenceCount
ORDER BY relType
