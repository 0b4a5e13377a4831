// Bumps the graph's version inside a transaction that changes documents (see graph-version).
// params: none
// returns: version (integer)
MERGE (g:GraphState {id: 'graph'})
SET g.version = coalesce(g.version, 0) + 1
RETURN g.version AS version
