// Every entity with its mentions per document, for the graph export.
// params: none
// returns: id, type, name, aliases, props (list of JSON strings), mentions (list of {document, starts, ends})
MATCH (e:Entity)
OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(e)
WITH e, d, m ORDER BY d.id
WITH e, collect({document: d.id, starts: m.starts, ends: m.ends}) AS mentions
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.props AS props,
       [x IN mentions WHERE x.document IS NOT NULL] AS mentions
ORDER BY id
