// Removes every fact some documents contributed: their mentions and the relationships they are evidence for.
// Facts from other documents are untouched (relationships carry the id of their document). Returns the facts
// that lost evidence, whose summaries facts-refresh then recomputes in the same transaction.
// params: $ids (list of document ids)
// returns: id (fact id), type, source, target (entity ids)
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (d)-[m:MENTIONS]->()
  DELETE m
}
CALL (d) {
  UNWIND d.entityIds AS eid
  MATCH (s:Entity {id: eid})-[r]->(t:Entity)
  WHERE r.doc = d.id
  WITH r, {id: r.id, type: type(r), source: s.id, target: t.id} AS fact
  DELETE r
  RETURN fact
}
RETURN DISTINCT fact.id AS id, fact.type AS type, fact.source AS source, fact.target AS target
