// Recomputes from all remaining mentions what an entity aggregates: aliases, lookup keys, date, mention count.
// Run only for entities a replaced or removed document had mentioned.
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
  WITH d, m ORDER BY d.id
  RETURN collect(CASE WHEN m.date IS NOT NULL THEN [m.date, d.id] END)[0] AS dated, sum(size(m.starts)) AS mentionCount
}
SET e.aliases = aliases,
    e.keys = keys,
    e.aliasText = reduce(s = '', a IN aliases | s + ' ' + a),
    e.date = dated[0],
    e.dateDoc = dated[1],
    e.mentionCount = mentionCount
RETURN count(e) AS count
