// Merges a document's entities, links each to the document by its mentions, and folds this document's
// aliases, lookup keys, mention count and date into the entity incrementally (no rescan of other documents).
// Name, type and label follow from the id, so they are written once; indexed properties (name, aliasText) are
// only written when they change, which keeps the full-text index out of most transactions.
// Labels come from the extractor's closed EntityType set, checked before this runs.
// params: $docId (string), $rows (list of {id, type, name, nameKey, aliases, keys, starts, ends, props, date})
// returns: count
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.type = row.type, e.name = row.name, e.nameKey = row.nameKey,
                e.aliases = [], e.aliasText = '', e.keys = [row.nameKey], e.mentionCount = 0
WITH d, e, row, [a IN row.aliases WHERE NOT a IN e.aliases] AS newAliases, [k IN row.keys WHERE NOT k IN e.keys] AS newKeys
SET e.mentionCount = e.mentionCount + size(row.starts)
FOREACH (_ IN CASE WHEN size(newAliases) > 0 THEN [1] ELSE [] END |
  SET e.aliases = e.aliases + newAliases,
      e.aliasText = e.aliasText + reduce(s = '', a IN newAliases | s + ' ' + a))
FOREACH (_ IN CASE WHEN size(newKeys) > 0 THEN [1] ELSE [] END | SET e.keys = e.keys + newKeys)
// The date an entity shows is the one from the first document (by id) that gives one: order-independent.
FOREACH (_ IN CASE WHEN row.date IS NOT NULL AND (e.dateDoc IS NULL OR $docId < e.dateDoc) THEN [1] ELSE [] END |
  SET e.date = row.date, e.dateDoc = $docId)
CREATE (d)-[:MENTIONS {starts: row.starts, ends: row.ends, aliases: row.aliases, keys: row.keys, props: row.props, date: row.date}]->(e)
RETURN count(*) AS count
