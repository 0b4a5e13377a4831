// Deletes a document node (its facts are cleared first by documents-clear).
// params: $id (string)
// returns: removed
MATCH (d:Document {id: $id})
DETACH DELETE d
RETURN count(*) AS removed
