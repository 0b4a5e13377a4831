// Merges a document's entities, links each to the document by its mentions, and folds this document's
// aliases, lookup keys, mention count and date into the entity incrementally (no rescan of other documents).
// Labels come from the extractor's closed EntityType set, checked before this runs.
// params: $docId (string), $rows (list of {id, type, name, nameKey, aliases, keys, starts, ends, props, date})
// returns: count
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.aliases = [], e.keys = [row.nameKey], e.mentionCount = 0
SET e:$(row.type), e.type = row.type, e.name = row.name, e.nameKey = row.nameKey
SET e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases],
    e.keys = e.keys + [k IN row.keys WHERE NOT k IN e.keys],
    e.mentionCount = e.mentionCount + size(row.starts)
SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' ' + a)
// The date an entity shows is the one from the first document (by id) that gives one: order-independent.
FOREACH (_ IN CASE WHEN row.date IS NOT NULL AND (e.dateDoc IS NULL OR $docId < e.dateDoc) THEN [1] ELSE [] END |
  SET e.date = row.date, e.dateDoc = $docId)
CREATE (d)-[:MENTIONS {starts: row.starts, ends: row.ends, aliases: row.aliases, keys: row.keys, props: row.props, date: row.date}]->(e)
RETURN count(*) AS count
