// Merges a document's entities and links each to the document by its mentions.
// Labels come from the extractor's closed EntityType set, checked before this runs.
// params: $docId (string), $rows (list of {id, type, name, nameKey, aliases, keys, starts, ends, props, date})
// returns: count
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.type), e.type = row.type, e.name = row.name, e.nameKey = row.nameKey
CREATE (d)-[:MENTIONS {starts: row.starts, ends: row.ends, aliases: row.aliases, keys: row.keys, props: row.props, date: row.date}]->(e)
RETURN count(*) AS count
