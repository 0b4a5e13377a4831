// Fact counts per relationship type (a fact may have several evidence relationships).
// params: none
// returns: type, count
MATCH ()-[r]->()
WHERE r.id IS NOT NULL
RETURN type(r) AS type, count(DISTINCT r.id) AS count
ORDER BY type
