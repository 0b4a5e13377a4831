// How many documents have no date: a date-filtered answer leaves all of them out and says so.
// params: none
// returns: count
MATCH (d:Document)
WHERE d.date IS NULL
RETURN count(d) AS count
