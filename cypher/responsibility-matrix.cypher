// The responsibility matrix: every agency × the targets of the given types it leads, co-handles, supervises or takes
// part in, from the facts' summaries (one row per agency, target and role), strongest first; optionally only roles
// stated in documents of one year.
// params: $targetTypes (list of entity types), $year (YYYY or null), $limit (integer)
// returns: id (fact id), agency, target (maps id/type/name), relType, years (unordered), evidenceCount
MATCH (a:Agency)-[:STATES]->(f:Fact)-[:ABOUT]->(t:Entity)
WHERE f.type IN ['LEADS', 'CO_HANDLES', 'SUPERVISES', 'PARTICIPATES_IN'] AND t.type IN $targetTypes
  AND ($year IS NULL OR $year IN coalesce(f.years, []))
RETURN f.id AS id, a {.id, .type, .name} AS agency, t {.id, .type, .name} AS target, f.type AS relType, coalesce(f.years, []) AS years,
       f.evidenceCount AS evidenceCount
ORDER BY evidenceCount DESC, agency.name, target.name
LIMIT $limit
