// Facts summarised before previews existed: nothing once the store is marked (facts-summarised); a store is
// upgraded at start, a batch at a time in fact-id order (store/fact-previews.ts rebuildPreviews), so no batch
// walks again past the facts the earlier ones previewed.
// params: $after (fact id the last batch ended at; '' first), $limit (integer), $preview (integer: evidence items kept per fact)
// returns: id, keys (the fact's first evidence keys)
OPTIONAL MATCH (g:GraphState {id: 'graph'})
WITH g
WHERE g.factPreviews IS NULL
MATCH (f:Fact)
WHERE f.id > $after AND f.preview IS NULL
RETURN f.id AS id, f.evidenceKeys[..$preview] AS keys
ORDER BY f.id
LIMIT $limit
