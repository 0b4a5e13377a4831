// The values the document list can be filtered by, with how many documents have each.
// params: none
// returns: facet ('genre', 'year' or 'author'), value, count
MATCH (d:Document)
UNWIND [['genre', d.genre], ['year', left(d.date, 4)], ['author', d.author]] AS pair
WITH pair[0] AS facet, pair[1] AS value
WHERE value IS NOT NULL AND value <> ''
RETURN facet, value, count(*) AS count
ORDER BY facet, count DESC, value
