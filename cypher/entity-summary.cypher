// One entity with its aggregated fields, or nothing. Properties come from the first 20 documents by id that give
// the entity any (a document that gives none adds nothing to them), so a hub named in thousands of documents
// does not sort them all.
// params: $id (string)
// returns: id, type, name, aliases, props (JSON strings from the first 20 documents by id with properties), mentionCount, date
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(e)
  WHERE m.props <> '{}'
  WITH d, m ORDER BY d.id
  LIMIT 20
  RETURN collect(m.props) AS props
}
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, props,
       e.mentionCount AS mentionCount, e.date AS date
