// Every extracted span of one document: entity mentions and relation evidence, for highlighting.
// params: $id (document id)
// returns: starts, ends (lists of integers), kind, label, entityId
MATCH (d:Document {id: $id})
CALL (d) {
  MATCH (d)-[m:MENTIONS]->(e:Entity)
  RETURN m.starts AS starts, m.ends AS ends, e.type AS kind, e.name AS label, e.id AS entityId
  UNION ALL
  UNWIND d.entityIds AS eid
  MATCH (s:Entity {id: eid})-[r]->(t:Entity)
  WHERE r.doc = d.id
  RETURN [r.start] AS starts, [r.end] AS ends, type(r) AS kind, s.name + ' → ' + t.name AS label, null AS entityId
}
RETURN starts, ends, kind, label, entityId
