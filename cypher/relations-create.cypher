// Creates one relationship per evidence item; the type comes from the extractor's closed RelationType set.
// params: $rows (list of {id, type, source, target, doc, date, quote, start, end, spanStart, spanEnd, rule, confidence})
// returns: count
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[r:$(row.type) {id: row.id, doc: row.doc, date: row.date, quote: row.quote, start: row.start, end: row.end, spanStart: row.spanStart, spanEnd: row.spanEnd, rule: row.rule, confidence: row.confidence}]->(b)
RETURN count(r) AS count
