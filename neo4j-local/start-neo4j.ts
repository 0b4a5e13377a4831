import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { connect as tcpConnect, createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const classpathFile = join(here, '.classpath');

// The same list Neo4j's own neo4j.conf passes on Java 17.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dneo4j.watchStdin=true',
];

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Stops the JVM cleanly (SIGTERM) and resolves once it has exited. */
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir: string;
  port?: number;
  heapMiB?: number;
  pageCacheMiB?: number;
  timeoutMs?: number;
  log?: (line: string) => void;
  /**
   * Publish the Bolt address in the data directory (ADDRESS_FILE) while running, so that other commands on
   * the same directory (`npm run ingest`, `npm run export`) use this server instead of failing on its lock.
   */
  share?: boolean;
  /** Aborting stops the JVM (if still starting) and rejects with a Neo4jStartError of kind 'aborted'. */
  signal?: AbortSignal;
}

export type StartFailure = 'locked' | 'port' | 'timeout' | 'aborted' | 'tool' | 'other';

/** A start-up failure: `message` is one sentence for the user; `detail` keeps the JVM's output for debugging. */
export class Neo4jStartError extends Error {
  constructor(
    message: string,
    readonly kind: StartFailure = 'other',
    readonly detail = '',
  ) {
    super(message);
  }
}

/** Where a sharing launcher publishes {"uri","pid"} inside its data directory while it runs. */
export const ADDRESS_FILE = 'bolt.json';

export interface RunningNeo4j {
  uri: string;
  pid: number;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function portOpen(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = tcpConnect({ host, port });
    const done = (open: boolean) => {
      socket.destroy();
      ok(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * The local Neo4j another command (npm start, npm run db) runs on `dataDir`, if its published address is
 * alive: the process exists (on Linux: is our launcher on this directory) and its Bolt port accepts
 * connections. A file left by a JVM that was killed is ignored.
 */
export async function findRunningNeo4j(dataDir: string): Promise<RunningNeo4j | undefined> {
  const dir = resolve(dataDir);
  let info: Partial<RunningNeo4j>;
  try {
    info = JSON.parse(readFileSync(join(dir, ADDRESS_FILE), 'utf8')) as Partial<RunningNeo4j>;
  } catch {
    return undefined;
  }
  const m = /^bolt:\/\/([^:/]+):(\d+)$/.exec(String(info.uri ?? ''));
  if (!m || typeof info.pid !== 'number' || !processAlive(info.pid)) return undefined;
  try {
    // A recycled pid: the process must be a launcher on this very directory.
    const cmdline = readFileSync(`/proc/${info.pid}/cmdline`, 'utf8').split('\0');
    if (!cmdline.includes('Launcher') || !cmdline.includes(dir)) return undefined;
  } catch {
    /* no /proc (macOS): the pid and the open port have to do */
  }
  if (!(await portOpen(m[1]!, Number(m[2]), 2_000))) return undefined;
  return { uri: info.uri!, pid: info.pid };
}

function requireTool(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  if (r.error || r.status !== 0) {
    throw new Neo4jStartError(`'${cmd}' was not found: install JDK 17+ and Maven, or set NEO4J_URI to an existing Neo4j`, 'tool');
  }
}

/** Resolves (and caches) the embedded Neo4j classpath with Maven; the first run downloads the jars. */
export function resolveClasspath(log: (line: string) => void = () => {}): string {
  const pom = join(here, 'pom.xml');
  if (existsSync(classpathFile) && statSync(classpathFile).mtimeMs >= statSync(pom).mtimeMs) {
    return readFileSync(classpathFile, 'utf8').trim();
  }
  requireTool('java', ['-version']);
  requireTool('mvn', ['-v']);
  log('resolving Neo4j jars with Maven (first run downloads them)…');
  const r = spawnSync('mvn', ['-B', '-q', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) throw new Neo4jStartError(`Maven could not resolve the Neo4j jars (exit ${r.status}); see its output above`, 'tool');
  return readFileSync(classpathFile, 'utf8').trim();
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? ok(addr.port) : fail(new Error('no port'))));
    });
  });
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) ok();
    else child.once('exit', () => ok());
  });
}

/** Compiles Launcher.java once (source-file launch would compile it at every start). */
function compileLauncher(classpath: string): string {
  const source = join(here, 'Launcher.java');
  const classes = join(here, '.classes');
  const compiled = join(classes, 'Launcher.class');
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(source).mtimeMs) return classes;
  requireTool('javac', ['-version']);
  const r = spawnSync('javac', ['-d', classes, '-cp', classpath, source], { encoding: 'utf8' });
  if (r.status !== 0) throw new Neo4jStartError(`javac could not compile ${source} (exit ${r.status})`, 'tool', r.stderr);
  return classes;
}

/** The user's sentence for a failed start, from the launcher's NEO4J_FAILED line (or its absence). */
function failure(kind: string, reason: string, dataDir: string, port: number, code: number | null, tail: string[]): Neo4jStartError {
  const detail = tail.join('\n');
  const log = join(dataDir, 'logs', 'debug.log');
  if (kind === 'locked') {
    return new Neo4jStartError(
      `Neo4j could not start: another process holds the store lock of ${dataDir} (an npm start, npm run db or ingest on the same DATA_DIR that is still starting or does not share its database); wait for it to be ready or stop it, then try again`,
      'locked',
      detail,
    );
  }
  if (kind === 'port') return new Neo4jStartError(`Neo4j could not start: port ${port} is already in use`, 'port', detail);
  if (kind === 'other') return new Neo4jStartError(`Neo4j could not start: ${reason.replace(/\.$/, '')} (details in ${log})`, 'other', detail);
  const last = [...tail].reverse().find((l) => /\S/.test(l) && !/^\s+at /.test(l))?.trim() ?? 'no output';
  return new Neo4jStartError(`Neo4j exited during start-up (code ${code}): ${last}`, 'other', detail);
}

export async function startLocalNeo4j(opts: StartOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => {});
  if (opts.signal?.aborted) throw new Neo4jStartError('Neo4j start aborted', 'aborted');
  requireTool('java', ['-version']);
  const classpath = resolveClasspath(log);
  const classes = compileLauncher(classpath);
  const port = opts.port ?? (await freePort());
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const args = [
    ...JVM_FLAGS,
    ...(opts.share ? [`-Dneo4j.addressFile=${join(dataDir, ADDRESS_FILE)}`] : []),
    `-Xmx${opts.heapMiB ?? 1024}m`,
    '-cp',
    `${classes}:${classpath}`,
    'Launcher',
    dataDir,
    String(port),
    String(opts.pageCacheMiB ?? 256),
  ];
  // Its own process group: a Ctrl-C in the terminal reaches only Node, which then closes the HTTP server and
  // the driver before it stops the JVM. If Node dies instead, the JVM sees its stdin close and exits.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const tail: string[] = [];
  const exited = waitForExit(child);
  const timeoutMs = opts.timeoutMs ?? 120_000;

  const uri = await new Promise<string>((ok, fail) => {
    let failed: { kind: string; reason: string } | undefined;
    const onAbort = () => {
      child.kill('SIGTERM');
      void exited.then(() => fail(new Neo4jStartError('Neo4j start aborted', 'aborted', tail.join('\n'))));
    };
    const settle = () => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const timer = setTimeout(() => {
      settle();
      child.kill('SIGKILL');
      fail(
        new Neo4jStartError(
          `Neo4j did not start within ${Math.round(timeoutMs / 1000)} s (details in ${join(dataDir, 'logs', 'debug.log')})`,
          'timeout',
          tail.join('\n'),
        ),
      );
    }, timeoutMs);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        const ready = /^NEO4J_READY (\S+)/.exec(line);
        if (ready?.[1]) {
          settle();
          ok(ready[1]);
        }
        const bad = /^NEO4J_FAILED (\S+) ?(.*)$/.exec(line);
        if (bad) failed = { kind: bad[1]!, reason: bad[2] ?? '' };
      }
    };
    child.stdout.on('data', onLine);
    child.stderr.on('data', onLine);
    // 'close', not 'exit': the NEO4J_FAILED line may still be in the pipe when the process has exited.
    child.once('close', (code) => {
      if (opts.signal?.aborted) return;
      settle();
      fail(failure(failed?.kind ?? '', failed?.reason ?? '', dataDir, port, code, tail));
    });
  });
  log(`Neo4j ${uri} (pid ${child.pid}, data ${dataDir})`);

  return {
    uri,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
