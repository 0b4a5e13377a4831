// How many documents the filters of `documents` select (the same filters, for paging).
// params: $genre (genre code or null), $year (YYYY or null), $author (string or null)
// returns: count
MATCH (d:Document)
WHERE ($genre IS NULL OR d.genre = $genre)
  AND ($year IS NULL OR d.date STARTS WITH $year)
  AND ($author IS NULL OR d.author = $author)
RETURN count(d) AS count
