// Every fact with all its evidence, for the graph export.
// params: none
// returns: id, type, source, target, confidence, evidence (list of {doc, quote, start, end, spanStart, spanEnd, rule})
MATCH (s:Entity)-[r]->(t:Entity)
WITH r.id AS id, type(r) AS type, s.id AS source, t.id AS target, max(r.confidence) AS confidence,
     collect(r {.doc, .quote, .start, .end, .spanStart, .spanEnd, .rule}) AS evidence
RETURN id, type, source, target, confidence, evidence
ORDER BY id
