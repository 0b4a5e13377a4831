// Marks the store as holding a summary for every fact (after facts-unsummarised found none left).
// params: none
// returns: version (integer)
MERGE (g:GraphState {id: 'graph'})
SET g.factSummaries = true
RETURN coalesce(g.version, 0) AS version
