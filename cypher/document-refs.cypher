// Titles and dates of the documents evidence points to.
// params: $ids (list of document ids)
// returns: id, title, date
UNWIND $ids AS did
MATCH (d:Document {id: did})
RETURN d.id AS id, d.title AS title, d.date AS date
