// Facts whose evidence has no summary yet: evidence stored before summaries existed. Nothing once the store
// is marked as summarised (facts-summarised); a store is upgraded at start by facts-refresh, a batch at a time.
// params: $limit (integer)
// returns: id, type, source, target
OPTIONAL MATCH (g:GraphState {id: 'graph'})
WITH g
WHERE g.factSummaries IS NULL
MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.id IS NOT NULL AND NOT EXISTS { MATCH (:Fact {id: r.id}) }
RETURN DISTINCT r.id AS id, type(r) AS type, s.id AS source, t.id AS target
LIMIT $limit
