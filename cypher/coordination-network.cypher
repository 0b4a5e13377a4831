// Agency–agency projection: two agencies are linked by the campaigns, measures, proposals and meetings
// they are both tied to, optionally only through evidence from documents dated within [$from, $to].
// Agencies are gathered once per shared entity before pairing, so a hub costs its agencies squared,
// not its relationships squared.
// params: $from, $to (YYYY-MM-DD or null), $minShared (integer), $limit (integer)
// returns: a, b (maps id/type/name/aliases), shared (list of maps id/type/name)
MATCH (x:Campaign|Measure|Proposal|Meeting)<-[r]-(a:Agency)
WHERE ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to)
WITH x, collect(DISTINCT a) AS agencies
WHERE size(agencies) > 1
UNWIND agencies AS a
UNWIND agencies AS b
WITH a, b, x
WHERE a.id < b.id
WITH a, b, collect(x {.id, .type, .name}) AS shared
WHERE size(shared) >= $minShared
RETURN a {.id, .type, .name, .aliases} AS a, b {.id, .type, .name, .aliases} AS b, shared
ORDER BY size(shared) DESC, a.id, b.id
LIMIT $limit
