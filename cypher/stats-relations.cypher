// Fact counts per relationship type, from the facts' summaries (one :Fact per fact, however much evidence it has).
// params: none
// returns: type, count
MATCH (f:Fact)
RETURN f.type AS type, count(*) AS count
ORDER BY type
