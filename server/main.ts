// `npm start`: local Neo4j (unless NEO4J_URI is set), schema, sample corpus when the graph is empty, API + explorer.
import type { Server } from 'node:http';
import { loadConfig, ConfigError } from './config.ts';
import { connect } from './connect.ts';
import { createApp, type App } from './app.ts';
import { ingestFiles } from '../ingest/ingest-files.ts';

const log = (msg: string) => console.log(`[start] ${msg}`);

async function main() {
  const config = loadConfig();
  const { db, close } = await connect(config, { log });
  let server: Server | undefined;
  let app: App | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    server?.closeAllConnections();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
    await app?.stop();
    await close();
    log('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await db.applySchema();
  const [docs] = await db.read('stats-documents');
  if (!docs?.count) {
    log(`graph is empty: ingesting ${config.CORPUS_DIR}/`);
    const s = await ingestFiles(db, [config.CORPUS_DIR]);
    for (const p of s.problems) console.error(`error: ${p.file}: ${p.reason}`);
    log(`ingested ${s.loaded} documents, ${s.nodes} nodes, ${s.relationships} relationships in ${s.seconds.toFixed(1)} s`);
  }
  app = await createApp(config, db);
  server = app.express.listen(config.PORT, config.HOST, () => {
    log(`explorer http://localhost:${config.PORT}/   API http://localhost:${config.PORT}/graphql`);
  });
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
