// One entity with its aggregated fields, or nothing.
// params: $id (string)
// returns: id, type, name, aliases, props (JSON strings from the first 20 documents by id), mentionCount, date
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(e)
  WITH d, m ORDER BY d.id
  LIMIT 20
  RETURN collect(m.props) AS props
}
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, props,
       e.mentionCount AS mentionCount, e.date AS date
