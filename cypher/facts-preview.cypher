// Sets facts' previews (store/fact-previews.ts): their first evidence items as JSON, in evidence-key order.
// params: $rows (list of {id (fact id), preview (list of JSON strings)})
// returns: count
UNWIND $rows AS row
MATCH (f:Fact {id: row.id})
SET f.preview = row.preview
RETURN count(f) AS count
