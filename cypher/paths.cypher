// Shortest connections between two entities over fact relationships (documents are not hops).
// params: $from, $to (entity ids), $maxHops (integer, at most 6)
// returns: nodes (list of maps id/type/name), rels (list of maps id/type/source/target)
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 30 (a)-[:LEADS|CO_HANDLES|SUPERVISES|CITES|ISSUED|PARTICIPATES_IN|HOLDS_POST|PROPOSED|PART_OF]-{1,6}(b)
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.id, .type, .name}] AS nodes,
       [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS rels
ORDER BY length(p)
