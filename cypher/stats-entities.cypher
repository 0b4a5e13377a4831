// Entity counts per type.
// params: none
// returns: type, count
MATCH (e:Entity)
RETURN e.type AS type, count(*) AS count
ORDER BY type
