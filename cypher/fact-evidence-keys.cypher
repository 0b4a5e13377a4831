// The evidence keys of facts by id, from their summaries (the first $maxEvidence by document and offset);
// their quotes are fetched by evidence-by-keys.
// params: $ids (list of fact ids), $maxEvidence (integer)
// returns: id, evidenceKeys (list of strings)
UNWIND $ids AS id
MATCH (f:Fact {id: id})
RETURN f.id AS id, f.evidenceKeys[..$maxEvidence] AS evidenceKeys
