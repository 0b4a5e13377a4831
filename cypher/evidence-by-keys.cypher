// Evidence items by their keys (a fact summary's evidenceKeys), with the title and date of their document: each
// key ends with its relationship's element id, so every item is one id lookup, however much evidence its fact has.
// params: $keys (list of evidence keys)
// returns: key, doc, quote, start, end, spanStart, spanEnd, rule, document (map id/title/date)
UNWIND $keys AS key
MATCH ()-[r]->()
WHERE elementId(r) = split(key, '\u0001')[2]
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN key, r.doc AS doc, r.quote AS quote, r.start AS start, r.end AS end, r.spanStart AS spanStart, r.spanEnd AS spanEnd, r.rule AS rule,
       d {.id, .title, .date} AS document
