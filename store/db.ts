// The one module that owns the Neo4j driver: queries run by file name, values cross as plain JSON.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';
import { loadQueries, schemaStatements, type QueryName } from './queries.ts';
import { AppError } from './errors.ts';
import { PREVIEW_EVIDENCE, rebuildPreviews } from './fact-previews.ts';

export interface DbOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Server-side transaction timeout. */
  timeoutMs: number;
}

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface Tx {
  run(name: QueryName, params?: Params): Promise<Row[]>;
}

export interface Db {
  read(name: QueryName, params?: Params): Promise<Row[]>;
  /** One attempt, no retries: for cheap polls whose failure is itself the answer (the database is down). */
  readOnce(name: QueryName, params?: Params): Promise<Row[]>;
  write(name: QueryName, params?: Params): Promise<Row[]>;
  /** Several statements in one write transaction: all or nothing. */
  writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  explain(name: QueryName): Promise<void>;
  /** Applies cypher/schema.cypher (every statement is idempotent) and summarises facts stored without a summary; returns the index names now online. */
  applySchema(): Promise<string[]>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Integers cross the boundary as JS numbers; nodes and relationships as their properties. */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
      return toPlain((value as { properties: object }).properties);
    }
    const out: Row = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/** JS numbers that must be Cypher integers (LIMIT, SKIP, ranges) are sent as neo4j Integers. */
export function toParams(params: Params): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) out[k] = Number.isInteger(v) ? neo4j.int(v as number) : v;
  return out;
}

function rows(result: QueryResult): Row[] {
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Maps driver errors by code (never by message text) to the API's closed set. */
export function mapDbError(err: unknown): Error {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.Database') || /ECONNREFUSED|ECONNRESET/.test(code)) {
    return new AppError('DATABASE_UNAVAILABLE', 'The graph database is not reachable; try again shortly.', err);
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' ||
    code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError'
  ) {
    return new AppError('BAD_USER_INPUT', 'The query took too long or needed too much memory; narrow it (smaller depth, limit or date range).', err);
  }
  return new AppError('INTERNAL_SERVER_ERROR', 'Unexpected database error.', err);
}

export function createDb(opts: DbOptions): Db {
  const queries = loadQueries();
  const driver: Driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.username, opts.password), {
    // Fail fast when the database is down instead of hanging requests.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 2_000,
  });
  const txConfig = { timeout: opts.timeoutMs };
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({ database: opts.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
  const runIn = async (tx: ManagedTransaction, name: QueryName, params: Params = {}) =>
    rows(await tx.run(queries.get(name), toParams(params)));

  /** Runs `work` in a fresh session, closed afterwards; driver errors become AppErrors. */
  async function inSession<T>(mode: 'READ' | 'WRITE', work: (s: Session) => Promise<T>): Promise<T> {
    const s = session(mode);
    try {
      return await work(s);
    } catch (err) {
      throw mapDbError(err);
    } finally {
      await s.close();
    }
  }
  const withTx = <T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>) =>
    inSession<T>(mode, (s) => (mode === 'READ' ? s.executeRead(work, txConfig) : s.executeWrite(work, txConfig)));

  return {
    read: (name, params) => withTx('READ', (tx) => runIn(tx, name, params)),
    // An auto-commit query: the driver does not retry it.
    readOnce: (name, params) => inSession('READ', async (s) => rows(await s.run(queries.get(name), toParams(params ?? {}), txConfig))),
    write: (name, params) => withTx('WRITE', (tx) => runIn(tx, name, params)),
    writeTx: (work) => withTx('WRITE', (tx) => work({ run: (name, params) => runIn(tx, name, params) })),
    async explain(name) {
      const s = session('READ');
      try {
        await s.run(`EXPLAIN ${queries.get(name)}`, {});
      } finally {
        await s.close();
      }
    },
    applySchema: () =>
      inSession('WRITE', async (s) => {
        for (const statement of schemaStatements()) await s.run(statement);
        await s.run('CALL db.awaitIndexes(300)');
        // evidence stored before fact summaries (or their previews) existed gets them, a batch per transaction (idempotent)
        const run = async (name: QueryName, params: Params) => rows(await s.run(queries.get(name), toParams(params)));
        type Kept = { id: string; keys: string[] };
        for (;;) {
          const facts = await run('facts-unsummarised', { limit: 2_000 });
          if (!facts.length) break;
          await rebuildPreviews(run, (await run('facts-refresh', { facts, preview: PREVIEW_EVIDENCE })) as Kept[]);
        }
        // in fact-id order from where the last batch ended: each fact is read once, however many have previews
        for (let after = ''; ; ) {
          const facts = (await run('facts-unpreviewed', { after, limit: 2_000, preview: PREVIEW_EVIDENCE })) as Kept[];
          if (!facts.length) break;
          await rebuildPreviews(run, facts);
          after = facts.at(-1)!.id;
        }
        await run('facts-summarised', {});
        const objects = rows(await s.run(queries.get('schema-objects')));
        return objects.filter((o) => o.state === 'ONLINE').map((o) => o.name as string);
      }),
    async ping() {
      try {
        await driver.verifyConnectivity({ database: opts.database });
        return true;
      } catch {
        return false;
      }
    },
    close: () => driver.close(),
  };
}
