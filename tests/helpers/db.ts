import { inject } from 'vitest';
import { createDb, type Db } from '../../store/db.ts';

/** A database module connected to the suite's Neo4j. */
export function testDb(): Db {
  return createDb({ uri: inject('neo4jUri'), username: 'neo4j', password: 'password', database: 'neo4j', timeoutMs: 30_000 });
}
