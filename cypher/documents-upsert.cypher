// Creates or updates document nodes with their metadata and full text.
// params: $docs (list of maps of strings / string lists; each contains id)
// returns: count
UNWIND $docs AS doc
MERGE (d:Document {id: doc.id})
SET d += doc
RETURN count(d) AS count
