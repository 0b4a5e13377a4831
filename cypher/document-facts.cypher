// The facts one document states: one row per evidence item, in text order.
// params: $id (document id)
// returns: id, type, source {id, type, name}, target {id, type, name}, confidence, evidence {doc, quote, start, end,
//          spanStart, spanEnd, rule}
MATCH (d:Document {id: $id})
UNWIND coalesce(d.entityIds, []) AS eid
MATCH (s:Entity {id: eid})-[r]->(t:Entity)
WHERE r.doc = d.id
RETURN r.id AS id, type(r) AS type, {id: s.id, type: s.type, name: s.name} AS source,
       {id: t.id, type: t.type, name: t.name} AS target, r.confidence AS confidence,
       {doc: r.doc, quote: r.quote, start: r.start, end: r.end, spanStart: r.spanStart, spanEnd: r.spanEnd, rule: r.rule} AS evidence
ORDER BY r.start, r.end, type, id
