// `npm run db`: the local Neo4j in the foreground until Ctrl-C.
import { loadConfig } from '../server/config.ts';
import { startLocalNeo4j } from './start-neo4j.ts';

const config = loadConfig();
const db = await startLocalNeo4j({ dataDir: config.DATA_DIR, port: 7687, log: (l) => console.log(l) });
console.log(`ready: ${db.uri}  (Ctrl-C to stop)`);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    console.log('stopping Neo4j…');
    void db.stop().then(() => process.exit(0));
  });
}
