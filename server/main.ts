// `npm start`: local Neo4j (unless NEO4J_URI is set), schema, sample corpus when the graph is empty, API + explorer.
// Ctrl-C / SIGTERM at any point: HTTP server, then the driver, then the local Neo4j, then "stopped".
import type { Server } from 'node:http';
import { loadConfig } from '../store/config.ts';
import { connect, onStopSignal, startupFailure, type Connection } from '../store/connect.ts';
import { loadDocuments } from '../store/load-documents.ts';
import { documentSource } from '../ingest/index.ts';
import { createApp, type App } from './app.ts';

const log = (msg: string) => console.log(`[start] ${msg}`);

let connection: Promise<Connection> | undefined;
let server: Server | undefined;
let app: App | undefined;
/** Aborted when shutting down: a local Neo4j still starting is stopped by connect() itself. */
const aborter = new AbortController();
const stopping = () => aborter.signal.aborted;

/** Stops whatever has been started so far, in order, then exits (the caller has aborted `aborter`). */
async function shutdown(reason: string, code: number): Promise<void> {
  log(`${reason}: shutting down`);
  if (server) {
    server.closeAllConnections();
    await new Promise((ok) => server!.close(ok));
  }
  await app?.stop().catch(() => {});
  const c = await connection?.catch(() => undefined);
  await c?.close().catch((err: unknown) => console.error(`[start] while stopping: ${startupFailure(err)}`));
  log('stopped');
  process.exit(code);
}

onStopSignal(
  aborter,
  (signal) => void shutdown(signal, 0),
  (signal) => log(`${signal}: already stopping`),
);

async function main() {
  const config = loadConfig();
  connection = connect(config, { log, share: true, signal: aborter.signal });
  const { db, source } = await connection;
  if (source === 'running') log('this Neo4j belongs to another command and keeps running after this one stops');
  if (stopping()) return;
  await db.applySchema();
  const [docs] = await db.read('stats-documents');
  if (!docs?.count && !stopping()) {
    log(`graph is empty: ingesting ${config.CORPUS_DIR}/`);
    const s = await loadDocuments(db, await documentSource([config.CORPUS_DIR]));
    for (const p of s.problems) console.error(`error: ${p.file}: ${p.reason}`);
    log(`ingested ${s.loaded} documents, ${s.nodes} nodes, ${s.relationships} relationships in ${s.seconds.toFixed(1)} s`);
  }
  if (stopping()) return;
  app = await createApp(config, db);
  if (stopping()) return;
  const listening = app.express.listen(config.PORT, config.HOST);
  server = listening;
  await new Promise<void>((ok, fail) => {
    listening.once('listening', ok);
    listening.once('error', (err: NodeJS.ErrnoException) =>
      fail(new Error(err.code === 'EADDRINUSE' ? `port ${config.PORT} is already in use (set PORT to another one)` : err.message)),
    );
  });
  log(`explorer http://localhost:${config.PORT}/   API http://localhost:${config.PORT}/graphql`);
}

main().catch((err: unknown) => {
  if (stopping()) return; // errors of work cut short by the shutdown
  console.error(`[start] error: ${startupFailure(err)}`);
  if (!connection) process.exit(1); // nothing was started (a bad setting)
  aborter.abort();
  void shutdown('start-up failed', 1);
});
