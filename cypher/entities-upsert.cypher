// Merges entities and folds what newly loaded documents say about each (aliases, lookup keys, mention count,
// date) into it incrementally, without rescanning other documents. One row per entity: the loader has already
// combined the rows of the documents written in the same transaction.
// Name, type and label follow from the id, so they are written once; indexed properties (name, aliasText) are
// only written when they change, which keeps the full-text index out of most transactions.
// Labels come from the extractor's closed EntityType set, checked before this runs.
// params: $rows (list of {id, type, name, nameKey, aliases, keys, mentions, date, dateDoc})
// returns: count
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.type = row.type, e.name = row.name, e.nameKey = row.nameKey,
                e.aliases = [], e.aliasText = '', e.keys = [row.nameKey], e.mentionCount = 0
WITH e, row, [a IN row.aliases WHERE NOT a IN e.aliases] AS newAliases, [k IN row.keys WHERE NOT k IN e.keys] AS newKeys
SET e.mentionCount = e.mentionCount + row.mentions
FOREACH (_ IN CASE WHEN size(newAliases) > 0 THEN [1] ELSE [] END |
  SET e.aliases = e.aliases + newAliases,
      e.aliasText = e.aliasText + reduce(s = '', a IN newAliases | s + ' ' + a))
FOREACH (_ IN CASE WHEN size(newKeys) > 0 THEN [1] ELSE [] END | SET e.keys = e.keys + newKeys)
// The date an entity shows is the one from the first document (by id) that gives one: order-independent.
FOREACH (_ IN CASE WHEN row.date IS NOT NULL AND (e.dateDoc IS NULL OR row.dateDoc < e.dateDoc) THEN [1] ELSE [] END |
  SET e.date = row.date, e.dateDoc = row.dateDoc)
RETURN count(*) AS count
