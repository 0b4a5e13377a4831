// What two agencies share, with the evidence that puts each of them there: each campaign, measure, proposal, meeting or
// law both act on in one document (see coordination-network), and any supervision between them. The same rules and
// date bounds as coordination-network, so a tie's provenance is exactly what made the tie.
// params: $a, $b (agency ids), $from, $to (YYYY-MM-DD or null), $kinds (list of JOINT_WORK, MEETING, CO_ISSUED, SUPERVISION),
//         $maxEvidence (integer: evidence items kept per agency and item)
// returns: kind, item (map id/type/name: the shared entity, or the supervised agency), relA, relB (relation types of
//          each agency), evidenceA, evidenceB (lists of maps doc/quote/start/end/spanStart/spanEnd/rule), documents (integer)
CALL () {
  MATCH (a:Agency {id: $a})-[ra:LEADS|CO_HANDLES|PARTICIPATES_IN|ISSUED]->(x:Campaign|Measure|Proposal|Meeting|Law)
        <-[rb:LEADS|CO_HANDLES|PARTICIPATES_IN|ISSUED]-(b:Agency {id: $b})
  WHERE ra.doc = rb.doc AND ($from IS NULL OR ra.date >= $from) AND ($to IS NULL OR ra.date <= $to)
  WITH x, ra, rb, CASE WHEN x:Law THEN 'CO_ISSUED' WHEN x:Meeting THEN 'MEETING' ELSE 'JOINT_WORK' END AS kind
  WHERE kind IN $kinds
  WITH kind, x, ra, rb ORDER BY ra.doc, ra.start, rb.start
  WITH kind, x, collect(DISTINCT type(ra)) AS relA, collect(DISTINCT type(rb)) AS relB,
       collect(DISTINCT ra {.doc, .quote, .start, .end, .spanStart, .spanEnd, .rule}) AS evA,
       collect(DISTINCT rb {.doc, .quote, .start, .end, .spanStart, .spanEnd, .rule}) AS evB, count(DISTINCT ra.doc) AS documents
  RETURN kind, x {.id, .type, .name} AS item, relA, relB, evA[..$maxEvidence] AS evidenceA, evB[..$maxEvidence] AS evidenceB, documents
  UNION ALL
  MATCH (:Agency {id: $a})-[r:SUPERVISES]-(:Agency {id: $b})
  WHERE 'SUPERVISION' IN $kinds AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to)
  WITH startNode(r) AS s, endNode(r) AS t, r ORDER BY r.doc, r.start
  // One quote names both agencies: it is the evidence for each side.
  WITH s, t, collect(r {.doc, .quote, .start, .end, .spanStart, .spanEnd, .rule}) AS ev, count(DISTINCT r.doc) AS documents
  RETURN 'SUPERVISION' AS kind, t {.id, .type, .name} AS item,
         CASE WHEN s.id = $a THEN ['SUPERVISES'] ELSE [] END AS relA, CASE WHEN s.id = $b THEN ['SUPERVISES'] ELSE [] END AS relB,
         ev[..$maxEvidence] AS evidenceA, ev[..$maxEvidence] AS evidenceB, documents
}
RETURN kind, item, relA, relB, evidenceA, evidenceB, documents
ORDER BY kind, item.name
