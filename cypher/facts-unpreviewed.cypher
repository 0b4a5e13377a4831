// Facts summarised before previews existed: nothing once the store is marked (facts-summarised); a store is
// upgraded at start, a batch at a time (store/fact-previews.ts rebuildPreviews).
// params: $limit (integer), $preview (integer: evidence items kept per fact)
// returns: id, keys (the fact's first evidence keys)
OPTIONAL MATCH (g:GraphState {id: 'graph'})
WITH g
WHERE g.factPreviews IS NULL
MATCH (f:Fact)
WHERE f.preview IS NULL
RETURN f.id AS id, f.evidenceKeys[..$preview] AS keys
LIMIT $limit
