// Agency–agency projection: two agencies are linked by the campaigns, measures, proposals and meetings
// they are both tied to, optionally only through evidence from documents dated within [$from, $to].
// params: $from, $to (YYYY-MM-DD or null), $minShared (integer), $limit (integer)
// returns: a, b (maps id/type/name/aliases), shared (list of maps id/type/name)
MATCH (a:Agency)-[r1]->(x:Campaign|Measure|Proposal|Meeting)<-[r2]-(b:Agency)
WHERE a.id < b.id
  AND ($from IS NULL OR (r1.date >= $from AND r2.date >= $from))
  AND ($to IS NULL OR (r1.date <= $to AND r2.date <= $to))
WITH DISTINCT a, b, x
WITH a, b, collect(x {.id, .type, .name}) AS shared
WHERE size(shared) >= $minShared
RETURN a {.id, .type, .name, .aliases} AS a, b {.id, .type, .name, .aliases} AS b, shared
ORDER BY size(shared) DESC, a.id, b.id
LIMIT $limit
