// The documents that mention one entity, newest first, with where it is named in each.
// params: $id (entity id), $limit (integer)
// returns: id, title, date, starts, ends (lists of integers: the entity's mentions in that document)
MATCH (d:Document)-[m:MENTIONS]->(:Entity {id: $id})
RETURN d.id AS id, d.title AS title, d.date AS date, m.starts AS starts, m.ends AS ends
ORDER BY coalesce(d.date, '') DESC, d.id
LIMIT $limit
