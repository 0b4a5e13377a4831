// Evidence items by their keys (a fact summary's evidenceKeys): each key ends with its relationship's element id,
// so every item is one id lookup, however much evidence its fact has. The documents' titles and dates are read
// once per document afterwards (document-refs), not once per item: a Document node read per row cost more than
// the items themselves.
// params: $keys (list of evidence keys)
// returns: key, doc, quote, start, end, spanStart, spanEnd, rule
UNWIND $keys AS key
MATCH ()-[r]->()
WHERE elementId(r) = split(key, '\u0001')[2]
RETURN key, r.doc AS doc, r.quote AS quote, r.start AS start, r.end AS end, r.spanStart AS spanStart, r.spanEnd AS spanEnd, r.rule AS rule
