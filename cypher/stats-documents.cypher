// Number of documents.
// params: none
// returns: count
MATCH (d:Document)
RETURN count(d) AS count
