// The graph's version: bumped by every transaction that changes documents, so cached answers can be keyed by it.
// params: none
// returns: version (integer; 0 before the first load)
OPTIONAL MATCH (g:GraphState {id: 'graph'})
RETURN coalesce(g.version, 0) AS version
