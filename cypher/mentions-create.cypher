// Links documents to the entities they mention, one relationship per (document, entity) with the offsets.
// params: $rows (list of {doc, entity, starts, ends, aliases, keys, props, date})
// returns: count
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (e:Entity {id: row.entity})
CREATE (d)-[m:MENTIONS {starts: row.starts, ends: row.ends, aliases: row.aliases, keys: row.keys, props: row.props, date: row.date}]->(e)
RETURN count(m) AS count
