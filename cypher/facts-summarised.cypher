// Marks the store as holding a summary, with its preview, for every fact (after facts-unsummarised and
// facts-unpreviewed found none left).
// params: none
// returns: version (integer)
MERGE (g:GraphState {id: 'graph'})
SET g.factSummaries = true, g.factPreviews = true
RETURN coalesce(g.version, 0) AS version
