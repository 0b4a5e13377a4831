// The database a command talks to: the server named by NEO4J_URI, or the embedded local Neo4j started here.
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/start-neo4j.ts';
import type { Config } from './config.ts';
import { createDb, type Db } from './db.ts';

export interface Connection {
  db: Db;
  /** Closes the driver and stops the local Neo4j if this connection started it. */
  close(): Promise<void>;
}

export async function connect(config: Config, opts: { timeoutMs?: number; log?: (line: string) => void } = {}): Promise<Connection> {
  let local: LocalNeo4j | undefined;
  if (!config.NEO4J_URI) {
    const started = Date.now();
    local = await startLocalNeo4j({ dataDir: config.DATA_DIR, log: opts.log });
    opts.log?.(`local Neo4j ready in ${Date.now() - started} ms`);
  }
  const db = createDb({
    uri: config.NEO4J_URI ?? local!.uri,
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    timeoutMs: opts.timeoutMs ?? config.QUERY_TIMEOUT_MS,
  });
  return {
    db,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}
