// Creates or updates a document node with its metadata and full text.
// params: $doc (map of strings / string lists; must contain id)
// returns: id
MERGE (d:Document {id: $doc.id})
SET d += $doc
RETURN d.id AS id
