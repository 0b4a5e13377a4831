// The shortest connections between two entities over facts (documents are not hops): every path of the shortest
// length, up to $limit. A hop is a fact's summary node, `(source)-[:STATES]->(:Fact)-[:ABOUT]->(target)`, not its
// evidence, so two entities stated together by thousands of documents are one hop, not thousands of parallel ones.
// shortestPath first measures the distance: allShortestPaths runs only when it is within $maxHops, because a
// length filter on allShortestPaths itself is applied after it has enumerated every shortest path (two provinces'
// agencies five facts apart: minutes at 100,000 documents). allShortestPaths streams, so LIMIT stops it early.
// params: $from, $to (entity ids), $maxHops (integer, at most 6: facts on the path), $limit (integer)
// returns: nodes (list of maps id/type/name), rels (list of maps id/type/source/target; id is the fact's)
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH distance = shortestPath((a)-[:STATES|ABOUT*..12]-(b))
WITH a, b, length(distance) AS hops
WHERE hops <= 2 * $maxHops
MATCH p = allShortestPaths((a)-[:STATES|ABOUT*..12]-(b))
RETURN [n IN nodes(p) WHERE n:Entity | n {.id, .type, .name}] AS nodes,
       [f IN nodes(p) WHERE f:Fact | {id: f.id, type: f.type, source: f.source, target: f.target}] AS rels
LIMIT $limit
