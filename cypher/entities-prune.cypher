// Deletes entities left without any mention or relationship.
// params: $ids (list of entity ids)
// returns: removed
UNWIND $ids AS eid
MATCH (e:Entity {id: eid})
WHERE NOT EXISTS { (e)--() }
DELETE e
RETURN count(*) AS removed
