// What the graph holds of some documents, to skip unchanged re-ingests and find their old facts.
// params: $ids (list of document ids)
// returns: id, contentKey (string), entityIds (list of string); no row for a document not in the graph
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.contentKey AS contentKey, coalesce(d.entityIds, []) AS entityIds
