// What the graph holds of one document, to skip unchanged re-ingests and find its old facts.
// params: $id (string)
// returns: contentKey (string), entityIds (list of string)
MATCH (d:Document {id: $id})
RETURN d.contentKey AS contentKey, coalesce(d.entityIds, []) AS entityIds
