// Everyday operations as a user meets them, with real processes: `npm start` (server/main.ts with the local
// Neo4j on a fresh DATA_DIR), `npm run ingest` / `npm run export` against the same DATA_DIR while it runs,
// Ctrl-C and SIGTERM, start-up failures in one sentence, and /graphql in a browser.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../scripts/provision.ts';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ingestFiles } from '../cli/ingest-files.ts';
import { ADDRESS_FILE, findRunningNeo4j, freePort, startLocalNeo4j } from '../neo4j-local/start-neo4j.ts';
import { loadConfig } from '../store/config.ts';
import { gql, serveApp } from './helpers/app.ts';
import { testDb } from './helpers/db.ts';

const root = mkdtempSync(join(tmpdir(), 'afg-ops-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null && c.pid) process.kill(-c.pid, 'SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

/** The environment of a user's shell: the local Neo4j (no NEO4J_URI), this DATA_DIR. */
function userEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production', ...extra };
  delete env.NEO4J_URI;
  return env;
}

interface Proc {
  child: ChildProcess;
  output(): string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

/** Runs a project command the way npm does, in its own process group (a terminal's Ctrl-C reaches the group). */
function run(script: string, args: string[], env: NodeJS.ProcessEnv): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString('utf8')));
  child.stderr!.on('data', (b: Buffer) => (out += b.toString('utf8')));
  const exited = new Promise<number | null>((ok) => child.once('close', (code) => ok(code)));
  return {
    child,
    output: () => out,
    exited,
    async waitFor(pattern, timeoutMs = 120_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const m = pattern.exec(out);
        if (m) return m;
        if (child.exitCode !== null || Date.now() > until) throw new Error(`no ${pattern} in:\n${out}`);
        await new Promise((ok) => setTimeout(ok, 50));
      }
    },
  };
}

/** Pids of Neo4j launcher JVMs on `dataDir` (from /proc: the suite runs on Linux). */
function launchersOn(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes('Launcher') && args.includes(dataDir)) pids.push(Number(entry));
    } catch {
      /* gone meanwhile */
    }
  }
  return pids;
}

/** A stack frame (Node or Java) or a Java exception name anywhere in a command's output. */
const NO_STACK = /^\s+at \S|Exception\b/m;

describe('a running app and the commands beside it', () => {
  const dataDir = join(root, 'app-data');
  const docs = join(root, 'new-docs');
  const text = '湖南省公安厅牵头开展“断卡”行动，湖南省通信管理局、中国人民银行长沙中心支行配合。';

  it('npm run ingest and npm run export use the Neo4j of a running npm start; Ctrl-C stops it all in order', async () => {
    const port = await freePort();
    const app = run('server/main.ts', [], userEnv(dataDir, { PORT: String(port), HOST: '127.0.0.1' }));
    await app.waitFor(/\[start\] explorer http:\/\/localhost:\d+\//, 170_000);
    const [, jvmPid] = (await app.waitFor(/Neo4j bolt:\/\/\S+ \(pid (\d+)/)).map(Number);
    const url = `http://127.0.0.1:${port}`;
    // The launcher publishes its address in the data directory while it runs.
    const published = JSON.parse(readFileSync(join(dataDir, ADDRESS_FILE), 'utf8')) as { uri: string; pid: number };
    expect(published.pid).toBe(jvmPid);
    expect(await findRunningNeo4j(dataDir)).toEqual(published);

    const count = async () => (await gql<{ stats: { documents: number } }>(url, '{ stats { documents } }')).data!.stats.documents;
    const before = await count();
    expect(before).toBeGreaterThan(0); // npm start ingested the sample corpus into the empty graph
    mkdirSync(docs, { recursive: true });
    writeFileSync(join(docs, 'ops-note.txt'), text);
    const ingest = run('cli/ingest.ts', [docs], userEnv(dataDir));
    expect(await ingest.exited).toBe(0);
    expect(ingest.output()).toContain(`using the Neo4j already running on ${dataDir} at ${published.uri} (pid ${jvmPid})`);
    expect(ingest.output()).toMatch(/documents 1 \(loaded 1, unchanged 0, failed 0\)/);
    expect(launchersOn(dataDir)).toEqual([jvmPid]); // no second Neo4j was started

    // The app sees the new document (its answers are keyed by a graph version it checks once a second).
    let doc = await gql<{ document: { text: string } | null }>(url, 'query($id: ID!) { document(id: $id) { text } }', { id: 'ops-note' });
    for (let i = 0; i < 30 && !doc.data?.document; i++) {
      await new Promise((ok) => setTimeout(ok, 200));
      doc = await gql(url, 'query($id: ID!) { document(id: $id) { text } }', { id: 'ops-note' });
    }
    expect(doc.data?.document?.text).toBe(text);
    expect(await count()).toBe(before + 1);

    const out = join(root, 'export.json');
    const exported = run('cli/export.ts', ['--out', out], userEnv(dataDir));
    expect(await exported.exited).toBe(0);
    expect(exported.output()).toContain(`using the Neo4j already running on ${dataDir}`);
    const graph = JSON.parse(readFileSync(out, 'utf8')) as { documents: { id: string }[] };
    expect(graph.documents.map((d) => d.id)).toContain('ops-note');
    expect(launchersOn(dataDir)).toEqual([jvmPid]);

    // Ctrl-C in a terminal: SIGINT to the whole process group.
    process.kill(-app.child.pid!, 'SIGINT');
    expect(await app.exited).toBe(0);
    expect(launchersOn(dataDir)).toEqual([]); // checked the moment the command has returned
    const lines = app.output().split('\n');
    const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
    expect(at(/^\[start\] SIGINT: shutting down$/)).toBeGreaterThan(-1);
    expect(at(/^\[start\] stopped$/)).toBeGreaterThan(at(/SIGINT: shutting down/));
    expect(lines.filter((l) => /^\[start\] stopped$/.test(l))).toHaveLength(1);
    expect(existsSync(join(dataDir, ADDRESS_FILE))).toBe(false);
    expect(app.output()).not.toMatch(NO_STACK);
    await expect(fetch(url)).rejects.toThrow();
  }, 300_000);

  it('with no app running, ingest starts its own Neo4j on the DATA_DIR and stops it', async () => {
    const ingest = run('cli/ingest.ts', [docs], userEnv(dataDir));
    expect(await ingest.exited).toBe(0);
    expect(ingest.output()).not.toContain('already running');
    expect(ingest.output()).toMatch(/local Neo4j ready in \d+ ms/);
    expect(ingest.output()).toMatch(/documents 1 \(loaded 0, unchanged 1, failed 0\)/);
    expect(launchersOn(dataDir)).toEqual([]);
    expect(existsSync(join(dataDir, ADDRESS_FILE))).toBe(false); // a one-shot command does not publish its Neo4j
  }, 180_000);

  it('SIGTERM while the local Neo4j is still starting: stopped, and no JVM left', async () => {
    const port = await freePort();
    const app = run('server/main.ts', [], userEnv(dataDir, { PORT: String(port), HOST: '127.0.0.1' }));
    for (let i = 0; i < 600 && launchersOn(dataDir).length === 0; i++) await new Promise((ok) => setTimeout(ok, 50));
    expect(launchersOn(dataDir)).toHaveLength(1);
    expect(app.output()).not.toContain('[start] explorer'); // not ready yet
    app.child.kill('SIGTERM'); // to the node process alone, as `kill` or a service manager sends it
    expect(await app.exited).toBe(0);
    expect(launchersOn(dataDir)).toEqual([]);
    expect(app.output()).toMatch(/\[start\] SIGTERM: shutting down\n(.*\n)*\[start\] stopped\n/);
    expect(app.output()).not.toMatch(NO_STACK);
  }, 180_000);
});

describe('start-up failures are one sentence', () => {
  it('a store locked by a Neo4j that does not share it', async () => {
    const dataDir = join(root, 'locked');
    const holder = await startLocalNeo4j({ dataDir, heapMiB: 256, pageCacheMiB: 16 });
    try {
      const ingest = run('cli/ingest.ts', ['corpus'], userEnv(dataDir));
      expect(await ingest.exited).toBe(2);
      const errors = ingest.output().split('\n').filter((l) => l.startsWith('error:'));
      expect(errors).toEqual([
        `error: Neo4j could not start: another process holds the store lock of ${dataDir} (an npm start, npm run db or ingest on the same DATA_DIR that is still starting or does not share its database); wait for it to be ready or stop it, then try again`,
      ]);
      expect(ingest.output()).not.toMatch(NO_STACK);
      expect(launchersOn(dataDir)).toEqual([holder.pid]);
    } finally {
      await holder.stop();
    }
  }, 180_000);

  it('a bad setting', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/export.ts', '--out', join(root, 'x.json')], {
      env: userEnv(join(root, 'unused'), { QUERY_TIMEOUT_MS: 'soon' }),
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('error: Invalid configuration: QUERY_TIMEOUT_MS: Invalid input: expected number, received NaN (got "soon")');
  });

  it('an address file left by a killed JVM, or naming another process, is ignored', async () => {
    const dataDir = join(root, 'stale');
    mkdirSync(dataDir, { recursive: true });
    const dead = spawnSync('true').pid;
    writeFileSync(join(dataDir, ADDRESS_FILE), JSON.stringify({ uri: 'bolt://127.0.0.1:7', pid: dead }));
    expect(await findRunningNeo4j(dataDir)).toBeUndefined();
    // A live process that is not a launcher on this directory (this test runner, on a port that is open).
    const suite = new URL(inject('neo4jUri').replace(/^bolt/, 'http'));
    writeFileSync(join(dataDir, ADDRESS_FILE), JSON.stringify({ uri: `bolt://127.0.0.1:${suite.port}`, pid: process.pid }));
    expect(await findRunningNeo4j(dataDir)).toBeUndefined();
  });
});

describe('/graphql in a browser', () => {
  it('serves a page with examples and no external script; the API is unchanged for other clients', async () => {
    const db = testDb();
    await db.applySchema();
    await ingestFiles(db, ['corpus']);
    const app = await serveApp(loadConfig({ NODE_ENV: 'test' }), db);
    try {
      const page = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await page.text();
      expect(html).toContain('campaignParticipants'); // among the examples
      const external = [...html.matchAll(/<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[3]!);
      expect(external.filter((u) => /^(https?:)?\/\//i.test(u))).toEqual([]);
      expect(html).not.toMatch(/<script[^>]*\bsrc=/i);

      // fetch() and curl send */*: GraphQL over GET as before (Apollo's CSRF rule asks for a header), never the page.
      const plain = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ stats { documents } }')}`, { headers: { 'apollo-require-preflight': '1' } });
      expect(await plain.json()).toMatchObject({ data: { stats: { documents: expect.any(Number) } } });
      expect((await gql(app.url, '{ stats { documents } }')).data).toMatchObject({ stats: { documents: expect.any(Number) } });

      // In Chromium with every request outside the app refused: the page loads, runs an example, shows the answer.
      const browser = await chromium.launch({
        executablePath: chromiumPath(),
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      });
      try {
        const tab = await browser.newPage();
        const outside: string[] = [];
        await tab.route('**/*', (route) => {
          if (route.request().url().startsWith(app.url)) return route.continue();
          outside.push(route.request().url());
          return route.abort();
        });
        const errors: string[] = [];
        tab.on('pageerror', (e) => errors.push(e.message));
        await tab.goto(`${app.url}/graphql`);
        await tab.getByText('统计 · Corpus stats').click();
        await tab.getByTestId('result').getByText('"documents"').waitFor();
        expect(await tab.locator('#status').textContent()).toMatch(/^HTTP 200/);
        await tab.locator('#fields dt').first().waitFor(); // the schema's Query fields, by introspection
        expect(await tab.locator('#fields dt').count()).toBeGreaterThan(10);
        expect(outside).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    } finally {
      await app.close();
      await db.close();
    }
  }, 120_000);
});
