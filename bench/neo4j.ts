// A fresh embedded Neo4j per benchmark run, always stopped (also on Ctrl-C), so no java is left behind.
import { rmSync } from 'node:fs';
import { createDb, type Db } from '../store/db.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/start-neo4j.ts';
import { log } from './util.ts';

const running = new Set<LocalNeo4j>();
let hooked = false;

function hookSignals() {
  if (hooked) return;
  hooked = true;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      log(`${sig}: stopping ${running.size} Neo4j instance(s)`);
      void Promise.all([...running].map((n) => n.stop())).finally(() => process.exit(130));
    });
  }
}

export interface FreshNeo4j {
  local: LocalNeo4j;
  db: Db;
  stop(): Promise<void>;
}

export const NEO4J_HEAP_MIB = 1024;
export const NEO4J_PAGECACHE_MIB = 512;

export async function startFreshNeo4j(dataDir: string, memory = { heapMiB: NEO4J_HEAP_MIB, pageCacheMiB: NEO4J_PAGECACHE_MIB }): Promise<FreshNeo4j> {
  hookSignals();
  rmSync(dataDir, { recursive: true, force: true });
  const t = performance.now();
  const local = await startLocalNeo4j({ dataDir, ...memory, timeoutMs: 180_000 });
  running.add(local);
  log(`Neo4j up in ${((performance.now() - t) / 1000).toFixed(1)} s (pid ${local.pid}, ${dataDir})`);
  const db = createDb({ uri: local.uri, username: 'neo4j', password: 'password', database: 'neo4j', timeoutMs: 120_000 });
  await db.applySchema();
  return {
    local,
    db,
    async stop() {
      await db.close().catch(() => {});
      await local.stop();
      running.delete(local);
    },
  };
}
