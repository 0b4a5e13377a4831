// Documents with their metadata, newest first.
// params: $skip, $limit (integers)
// returns: id, source, sha256, title, author, number, date, genre, addressees
MATCH (d:Document)
RETURN d.id AS id, d.source AS source, d.sha256 AS sha256, d.title AS title, d.author AS author,
       d.number AS number, d.date AS date, d.genre AS genre, d.addressees AS addressees
ORDER BY d.date DESC, d.id
SKIP $skip
LIMIT $limit
