// With Neo4j stopped the API answers fast with DATABASE_UNAVAILABLE, /health says so, and it heals by itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/start-neo4j.ts';
import { loadConfig } from '../store/config.ts';
import { VERSION_MAX_AGE_MS } from '../server/response-cache.ts';
import { createDb } from '../store/db.ts';
import { gql, serveApp, type RunningApp } from './helpers/app.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'afg-outage-'));
let neo4j: LocalNeo4j | undefined;
let app: RunningApp | undefined;

afterAll(async () => {
  await app?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const STATS = '{ stats { documents } }';

describe('database outage', () => {
  it('fails fast while the database is down and recovers when it is back', async () => {
    const port = await freePort();
    neo4j = await startLocalNeo4j({ dataDir, port, heapMiB: 512, pageCacheMiB: 64 });
    const db = createDb({ uri: neo4j.uri, username: 'neo4j', password: 'x', database: 'neo4j', timeoutMs: 5_000 });
    await db.applySchema();
    app = await serveApp(loadConfig({ NODE_ENV: 'test' }), db);
    const { url } = app;

    expect((await gql(url, STATS)).data).toEqual({ stats: { documents: 0 } });
    expect((await fetch(`${url}/health`)).status).toBe(200);

    await neo4j.stop();
    // Neo4j now stops in under a second: let the response cache's last version check (which may still
    // serve the cached stats for VERSION_MAX_AGE_MS) expire, so the query really goes to the database.
    await new Promise((ok) => setTimeout(ok, VERSION_MAX_AGE_MS + 100));
    const t0 = performance.now();
    const down = await gql(url, STATS);
    const elapsed = performance.now() - t0;
    expect(down.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.errors?.[0]?.message).toBe('The graph database is not reachable; try again shortly.');
    expect(elapsed).toBeLessThan(5_000);
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'degraded', database: 'down' });

    // Same port, same store: the app was never restarted.
    neo4j = await startLocalNeo4j({ dataDir, port, heapMiB: 512, pageCacheMiB: 64 });
    let healed = await gql(url, STATS);
    for (let i = 0; i < 30 && healed.errors; i++) {
      await new Promise((ok) => setTimeout(ok, 1_000));
      healed = await gql(url, STATS);
    }
    expect(healed.data).toEqual({ stats: { documents: 0 } });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    await app.close();
    app = undefined;
    await db.close();
  }, 180_000);
});
