// Agency–agency projection: two agencies are linked by the campaigns, measures, proposals and meetings
// they are both tied to, optionally only through evidence from documents dated within [$from, $to].
// Agencies are gathered once per shared entity before pairing, so a hub costs its agencies squared,
// not its relationships squared. Pairs are formed and counted on node identities; the shared entities'
// properties are read only for the pairs returned.
// params: $from, $to (YYYY-MM-DD or null), $minShared (integer), $limit (integer)
// returns: a, b (maps id/type/name/aliases), shared (list of maps id/type/name)
MATCH (x:Campaign|Measure|Proposal|Meeting)<-[r]-(a:Agency)
WHERE ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to)
WITH x, collect(DISTINCT a) AS agencies
WHERE size(agencies) > 1
UNWIND agencies AS a
UNWIND agencies AS b
WITH a, b, x
WHERE elementId(a) < elementId(b)
WITH a, b, collect(x) AS shared
WHERE size(shared) >= $minShared
WITH CASE WHEN a.id < b.id THEN a ELSE b END AS a, CASE WHEN a.id < b.id THEN b ELSE a END AS b, shared
ORDER BY size(shared) DESC, a.id, b.id
LIMIT $limit
RETURN a {.id, .type, .name, .aliases} AS a, b {.id, .type, .name, .aliases} AS b, [s IN shared | s {.id, .type, .name}] AS shared
