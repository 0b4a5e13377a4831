// The shortest connections between two entities over facts (documents are not hops): every path of the shortest
// length, up to $limit. A hop is a fact's summary node, `(source)-[:STATES]->(:Fact)-[:ABOUT]->(target)`, not its
// evidence, so two entities stated together by thousands of documents are one hop, not thousands of parallel ones.
// allShortestPaths streams its paths and LIMIT stops it early: 8–41 ms between provincial hubs at 100,000 documents,
// where SHORTEST 30 over the same pattern took 0.15–0.6 s.
// params: $from, $to (entity ids), $maxHops (integer, at most 6: facts on the path), $limit (integer)
// returns: nodes (list of maps id/type/name), rels (list of maps id/type/source/target; id is the fact's)
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:STATES|ABOUT*..12]-(b))
WHERE length(p) <= 2 * $maxHops
RETURN [n IN nodes(p) WHERE n:Entity | n {.id, .type, .name}] AS nodes,
       [f IN nodes(p) WHERE f:Fact | {id: f.id, type: f.type, source: f.source, target: f.target}] AS rels
LIMIT $limit
