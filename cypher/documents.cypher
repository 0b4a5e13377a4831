// A page of documents with their metadata and counts, filtered and sorted; the filters are exact values.
// params: $skip, $limit (integers); $genre (genre code or null), $year (YYYY or null), $author (string or null);
//         $sort ('NEWEST', 'OLDEST', 'TITLE', 'AUTHOR' or 'GENRE'; the last three newest first within)
// returns: id, source, sha256, title, author, number, date, genre, region, addressees, entityCount, factCount
MATCH (d:Document)
WHERE ($genre IS NULL OR d.genre = $genre)
  AND ($year IS NULL OR d.date STARTS WITH $year)
  AND ($author IS NULL OR d.author = $author)
WITH d
ORDER BY CASE WHEN $sort = 'OLDEST' THEN coalesce(d.date, '9999') END ASC,
         CASE $sort WHEN 'TITLE' THEN coalesce(d.title, d.id) WHEN 'AUTHOR' THEN coalesce(d.author, '')
                    WHEN 'GENRE' THEN coalesce(d.genre, '') END ASC,
         CASE WHEN $sort <> 'OLDEST' THEN coalesce(d.date, '') END DESC,
         d.id
SKIP $skip
LIMIT $limit
RETURN d.id AS id, d.source AS source, d.sha256 AS sha256, d.title AS title, d.author AS author,
       d.number AS number, d.date AS date, d.genre AS genre, d.region AS region, d.addressees AS addressees,
       size(coalesce(d.entityIds, [])) AS entityCount, d.factCount AS factCount
