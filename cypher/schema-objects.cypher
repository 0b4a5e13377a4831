// Lists the indexes the schema created (each uniqueness constraint owns an index of the same name).
// params: none
// returns: name, kind, state, constraint
SHOW INDEXES YIELD name, type, state, owningConstraint
RETURN name, type AS kind, state, owningConstraint AS constraint
ORDER BY name
