// Every document's metadata (without the text), for the graph export.
// params: none
// returns: id, source, sha256, title, author, number, date, genre, addressees
MATCH (d:Document)
RETURN d.id AS id, d.source AS source, d.sha256 AS sha256, d.title AS title, d.author AS author,
       d.number AS number, d.date AS date, d.genre AS genre, d.addressees AS addressees
ORDER BY id
