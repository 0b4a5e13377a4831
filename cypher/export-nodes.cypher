// Every entity with its mentions and properties per document, for the graph export.
// params: none
// returns: id, type, name, aliases, mentions (list of {document, starts, ends, props})
MATCH (e:Entity)
OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(e)
WITH e, d, m ORDER BY d.id
WITH e, collect({document: d.id, starts: m.starts, ends: m.ends, props: m.props}) AS mentions
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases,
       [x IN mentions WHERE x.document IS NOT NULL] AS mentions
ORDER BY id
