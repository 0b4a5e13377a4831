// A real server on a free port against the suite's Neo4j, holding the sample corpus, with the explorer built.
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '../../store/config.ts';
import { createApp } from '../../server/app.ts';
import type { Db } from '../../store/db.ts';
import { ingestFiles } from '../../cli/ingest-files.ts';
import { testDb } from './db.ts';

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/** `env` adds settings to the test configuration (e.g. WRITE_TOKEN for uploads). */
export async function startApp(opts: { buildClient?: boolean; env?: Record<string, string> } = {}): Promise<RunningApp> {
  // Built afresh so the browser tests never run against a stale bundle.
  if (opts.buildClient !== false) {
    const { build } = await import('vite');
    await build({ root: 'client', logLevel: 'warn' });
  }
  const db = testDb();
  await db.applySchema();
  await ingestFiles(db, ['corpus']);
  const app = await serveApp(loadConfig({ NODE_ENV: 'test', ...opts.env }), db);
  return {
    url: app.url,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** The app on a free loopback port; close() stops it but leaves the database connection to the caller. */
export async function serveApp(config: Config, db: Db): Promise<RunningApp> {
  const app = await createApp(config, db, () => {});
  const server = app.express.listen(0, '127.0.0.1');
  await new Promise((ok) => server.once('listening', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
      await app.stop();
    },
  };
}

/** POSTs a GraphQL request and returns the parsed body (data and errors). */
export async function gql<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] }) };
}
