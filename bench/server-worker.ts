// Child process: the API (createApp) on a free port against a given Neo4j; prints {port, pid} when listening.
// `node --import tsx bench/server-worker.ts <bolt uri>`; SIGTERM stops it. RESPONSE_CACHE_MB from the environment.
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../store/config.ts';
import { createApp } from '../server/app.ts';
import { createDb } from '../store/db.ts';

const uri = process.argv[2]!;
const config = loadConfig({ NODE_ENV: 'production', QUERY_TIMEOUT_MS: '30000', RESPONSE_CACHE_MB: process.env.RESPONSE_CACHE_MB });
const db = createDb({ uri, username: 'neo4j', password: 'password', database: 'neo4j', timeoutMs: config.QUERY_TIMEOUT_MS });
let errors = 0;
const app = await createApp(config, db, (msg, err) => {
  if (errors++ < 5) console.error(`[server] ${msg}`, err ?? '');
});
const server = app.express.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port, pid: process.pid }));
});
const stop = async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
  await app.stop();
  await db.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
