// Entities by id, shaped as graph nodes.
// params: $ids (list of entity ids)
// returns: id, type, name, aliases
UNWIND $ids AS eid
MATCH (e:Entity {id: eid})
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases
