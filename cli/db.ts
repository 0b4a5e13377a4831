// `npm run db`: the local Neo4j in the foreground until Ctrl-C. It publishes its address in DATA_DIR, so
// `npm start`, `npm run ingest` and `npm run export` on the same DATA_DIR use it instead of starting their own.
import { loadConfig } from '../store/config.ts';
import { onStopSignal, startupFailure } from '../store/connect.ts';
import { findRunningNeo4j, startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/start-neo4j.ts';

const aborter = new AbortController();
let starting: Promise<LocalNeo4j> | undefined;
// still starting: the abort stops the JVM and `starting` rejects once it has exited
onStopSignal(aborter, () => {
  console.log('stopping Neo4j…');
  void (starting ?? Promise.reject(new Error('not started')))
    .then((db) => db.stop(), () => {})
    .then(() => {
      console.log('stopped');
      process.exit(0);
    });
});

try {
  const config = loadConfig();
  const running = await findRunningNeo4j(config.DATA_DIR);
  if (running) {
    console.error(`error: a Neo4j already runs on ${config.DATA_DIR} at ${running.uri} (pid ${running.pid}); use that one`);
    process.exit(2);
  }
  starting = startLocalNeo4j({ dataDir: config.DATA_DIR, port: 7687, log: (l) => console.log(l), share: true, signal: aborter.signal });
  const db = await starting;
  console.log(`ready: ${db.uri}  (Ctrl-C to stop)`);
} catch (err) {
  if (!aborter.signal.aborted) {
    console.error(`error: ${startupFailure(err)}`);
    process.exit(2);
  }
}
