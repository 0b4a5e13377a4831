// Removes every fact a document contributed: its mentions and the relationships it is evidence for.
// Facts from other documents are untouched (relationships carry the id of their document).
// params: $id (string)
// returns: id
MATCH (d:Document {id: $id})
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
