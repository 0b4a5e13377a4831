// The database a command talks to: the server named by NEO4J_URI, the local Neo4j that another command
// (npm start, npm run db) already runs on the same DATA_DIR, or an embedded local Neo4j started here.
import { findRunningNeo4j, Neo4jStartError, startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/start-neo4j.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createDb, type Db } from './db.ts';
import { AppError } from './errors.ts';

export interface Connection {
  db: Db;
  /** Where the database came from: NEO4J_URI, a running local Neo4j found in DATA_DIR, or one started here. */
  source: 'uri' | 'running' | 'started';
  uri: string;
  /** Closes the driver and stops the local Neo4j if this connection started it. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  timeoutMs?: number;
  log?: (line: string) => void;
  /** Publish the started Neo4j's address in DATA_DIR for other commands (long-running commands only). */
  share?: boolean;
  /** Aborts a local Neo4j that is still starting (Ctrl-C during start-up). */
  signal?: AbortSignal;
}

export async function connect(config: Config, opts: ConnectOptions = {}): Promise<Connection> {
  let local: LocalNeo4j | undefined;
  let uri = config.NEO4J_URI;
  let source: Connection['source'] = 'uri';
  if (!uri) {
    let running = await findRunningNeo4j(config.DATA_DIR);
    if (!running) {
      try {
        const started = Date.now();
        local = await startLocalNeo4j({ dataDir: config.DATA_DIR, log: opts.log, share: opts.share, signal: opts.signal });
        opts.log?.(`local Neo4j ready in ${Date.now() - started} ms`);
      } catch (err) {
        // The holder of the lock may have become ready (and published its address) while we tried.
        if (!(err instanceof Neo4jStartError && err.kind === 'locked')) throw err;
        running = await findRunningNeo4j(config.DATA_DIR);
        if (!running) throw err;
      }
    }
    if (running) {
      opts.log?.(`using the Neo4j already running on ${config.DATA_DIR} at ${running.uri} (pid ${running.pid})`);
      source = 'running';
    } else source = 'started';
    uri = running?.uri ?? local!.uri;
  }
  const db = createDb({
    uri,
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    timeoutMs: opts.timeoutMs ?? config.QUERY_TIMEOUT_MS,
  });
  return {
    db,
    source,
    uri,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}

/**
 * One line for a command that could not start or failed: the message of the errors we raise on purpose
 * (configuration, local Neo4j, database), else the first line of the error's message; never a stack trace.
 */
export function startupFailure(err: unknown): string {
  if (err instanceof ConfigError) return err.message.replace(/\n\s*/g, ' ');
  if (err instanceof Neo4jStartError || err instanceof AppError) return err.message;
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!.trim() || 'unknown error';
}

/**
 * connect() for a one-shot command (ingest, export): Ctrl-C or SIGTERM aborts a local Neo4j that is still
 * starting, or closes the driver and stops the Neo4j this command started, then exits (130 / 143).
 */
export function connectUntilSignal(config: Config, opts: Omit<ConnectOptions, 'signal'> = {}): Promise<Connection> {
  const aborter = new AbortController();
  const connecting = connect(config, { ...opts, signal: aborter.signal });
  onStopSignal(aborter, (sig) => {
    console.error(`${sig}: stopping`);
    void connecting
      .then((c) => c.close(), () => {})
      .catch(() => {})
      .finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
  });
  return connecting;
}

/**
 * Ctrl-C and SIGTERM for a command: the first one aborts `aborter` (a local Neo4j still starting stops itself)
 * and runs `stop`; later ones only reach `again`, so a second Ctrl-C never starts a second shutdown.
 */
export function onStopSignal(aborter: AbortController, stop: (signal: NodeJS.Signals) => void, again: (signal: NodeJS.Signals) => void = () => {}): void {
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      if (aborter.signal.aborted) return again(sig);
      aborter.abort();
      stop(sig);
    });
  }
}

/**
 * For command-line tools (ingest, export): the Neo4j of a running `npm start` (or `npm run db`) on
 * the same DATA_DIR when there is one, else their own; a failure to start is one line, exit code 2.
 */
export async function connectForCommand(): Promise<Connection> {
  try {
    return await connectUntilSignal(loadConfig(), { timeoutMs: 600_000, log: (l) => console.error(l) });
  } catch (err) {
    console.error(`error: ${startupFailure(err)}`);
    process.exit(2);
  }
}
