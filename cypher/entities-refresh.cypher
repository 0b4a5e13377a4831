// Recomputes what an entity aggregates over all documents: aliases, lookup keys, date, mention count.
// params: $ids (list of entity ids)
// returns: count
UNWIND $ids AS eid
MATCH (e:Entity {id: eid})
CALL (e) {
  OPTIONAL MATCH (:Document)-[m:MENTIONS]->(e)
  UNWIND coalesce(m.aliases, []) AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
CALL (e) {
  OPTIONAL MATCH (:Document)-[m:MENTIONS]->(e)
  UNWIND coalesce(m.keys, []) + [e.nameKey] AS key
  WITH DISTINCT key ORDER BY key
  RETURN collect(key) AS keys
}
CALL (e) {
  OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(e)
  WITH m ORDER BY d.id
  RETURN collect(m.date)[0] AS date, sum(size(m.starts)) AS mentionCount, collect(m.props) AS props
}
SET e.aliases = aliases,
    e.keys = keys,
    e.aliasText = reduce(s = '', a IN aliases | s + ' ' + a),
    e.date = date,
    e.mentionCount = mentionCount,
    e.props = props
RETURN count(e) AS count
