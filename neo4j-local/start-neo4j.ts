import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
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
}

export class Neo4jStartError extends Error {}

function requireTool(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  if (r.error || r.status !== 0) {
    throw new Neo4jStartError(`'${cmd}' was not found: install JDK 17+ and Maven, or set NEO4J_URI to an existing Neo4j`);
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
  if (r.status !== 0) throw new Neo4jStartError(`Maven could not resolve the Neo4j jars (exit ${r.status})`);
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
  if (r.status !== 0) throw new Neo4jStartError(`javac could not compile ${source}:\n${r.stderr}`);
  return classes;
}

export async function startLocalNeo4j(opts: StartOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => {});
  requireTool('java', ['-version']);
  const classpath = resolveClasspath(log);
  const classes = compileLauncher(classpath);
  const port = opts.port ?? (await freePort());
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const args = [
    ...JVM_FLAGS,
    `-Xmx${opts.heapMiB ?? 1024}m`,
    '-cp',
    `${classes}:${classpath}`,
    'Launcher',
    dataDir,
    String(port),
    String(opts.pageCacheMiB ?? 256),
  ];
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const tail: string[] = [];
  const exited = waitForExit(child);

  const uri = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Neo4jStartError(`Neo4j did not start within ${opts.timeoutMs ?? 120_000} ms:\n${tail.join('\n')}`));
    }, opts.timeoutMs ?? 120_000);
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        const m = /^NEO4J_READY (\S+)/.exec(line);
        if (m?.[1]) {
          clearTimeout(timer);
          ok(m[1]);
        }
      }
    };
    child.stdout.on('data', onLine);
    child.stderr.on('data', onLine);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Neo4jStartError(`Neo4j exited during start-up (code ${code}):\n${tail.join('\n')}`));
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
