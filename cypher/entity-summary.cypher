// One entity with its aggregated fields, or nothing.
// params: $id (string)
// returns: id, type, name, aliases, props (list of JSON strings, one per document), mentionCount, date
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.props AS props,
       e.mentionCount AS mentionCount, e.date AS date
