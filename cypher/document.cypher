// One document with its full text.
// params: $id (string)
// returns: id, source, sha256, title, author, number, date, genre, region, addressees, text, entityCount, factCount
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.source AS source, d.sha256 AS sha256, d.title AS title, d.author AS author,
       d.number AS number, d.date AS date, d.genre AS genre, d.region AS region, d.addressees AS addressees, d.text AS text,
       size(coalesce(d.entityIds, [])) AS entityCount, d.factCount AS factCount
