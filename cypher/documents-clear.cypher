// Removes every fact some documents contributed: their mentions and the relationships they are evidence for.
// Facts from other documents are untouched (relationships carry the id of their document).
// params: $ids (list of document ids)
// returns: id
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (d)-[m:MENTIONS]->()
  DELETE m
}
CALL (d) {
  UNWIND d.entityIds AS eid
  MATCH (:Entity {id: eid})-[r]->()
  WHERE r.doc = d.id
  DELETE r
}
RETURN d.id AS id
