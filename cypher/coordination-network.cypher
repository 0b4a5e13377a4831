// Agency–agency coordination ties from joint action: two agencies acting (LEADS, CO_HANDLES, PARTICIPATES_IN, ISSUED)
// on the same campaign, measure, proposal, meeting or law IN THE SAME DOCUMENT, or one supervising the other.
// Acting on the same item in different documents is no tie: a nationwide campaign named in every province's documents
// would pair every agency with every other. Meetings too need the same document: a generic meeting name (全省…工作会议)
// is one entity across provinces. CITES is no joint action. Grouping by (item, document) keeps the pairs per group small.
// Only evidence dated within [$from, $to] counts (evidence carries its document's date; undated drops out when a bound is set).
// params: $from, $to (YYYY-MM-DD or null), $kinds (list of JOINT_WORK, MEETING, CO_ISSUED, SUPERVISION)
// returns: a, b (maps id/name/aliases; each pair once), kind, items (integer: distinct items of that kind the two share)
CALL () {
  MATCH (x:Campaign|Measure|Proposal|Meeting|Law)<-[r:LEADS|CO_HANDLES|PARTICIPATES_IN|ISSUED]-(ag:Agency)
  WHERE ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to)
  WITH x, r.doc AS doc, collect(DISTINCT ag) AS agencies
  WHERE size(agencies) > 1
  WITH x, agencies, CASE WHEN x:Law THEN 'CO_ISSUED' WHEN x:Meeting THEN 'MEETING' ELSE 'JOINT_WORK' END AS kind
  WHERE kind IN $kinds
  // Each unordered pair once (index pairs), in a fixed orientation; properties are read only per distinct pair.
  UNWIND range(0, size(agencies) - 2) AS i
  UNWIND range(i + 1, size(agencies) - 1) AS j
  WITH agencies[i] AS p, agencies[j] AS q, kind, x
  WITH CASE WHEN elementId(p) < elementId(q) THEN p ELSE q END AS a, CASE WHEN elementId(p) < elementId(q) THEN q ELSE p END AS b, kind, x
  RETURN a, b, kind, count(DISTINCT x) AS items
  UNION ALL
  MATCH (s:Agency)-[r:SUPERVISES]->(t:Agency)
  WHERE 'SUPERVISION' IN $kinds AND s <> t
    AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to)
  WITH CASE WHEN elementId(s) < elementId(t) THEN s ELSE t END AS a, CASE WHEN elementId(s) < elementId(t) THEN t ELSE s END AS b, s
  RETURN a, b, 'SUPERVISION' AS kind, count(DISTINCT s) AS items
}
WITH a, b, kind, sum(items) AS items
RETURN a {.id, .name, .aliases} AS a, b {.id, .name, .aliases} AS b, kind, items
