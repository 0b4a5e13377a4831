// The evidence items of one fact, found from its source entity.
// params: $id (relation id), $source (source entity id)
// returns: doc, quote, start, end, spanStart, spanEnd, rule
MATCH (:Entity {id: $source})-[r]-()
WHERE r.id = $id
RETURN r.doc AS doc, r.quote AS quote, r.start AS start, r.end AS end, r.spanStart AS spanStart, r.spanEnd AS spanEnd, r.rule AS rule
