// What the test suite needs besides npm packages, installed when missing. Run by `npm test` and `.ci/run`:
//   node --import tsx scripts/provision.ts           check, install what is missing (Debian, as root), or stop
//   node --import tsx scripts/provision.ts --check   check only: list what is missing and the command, exit 1
// On Debian as root it runs apt-get update and apt-get install once, saying what it installs; anywhere else
// (not root, no apt-get) it stops at once with the exact command to run. No test is skipped for a missing tool.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Requirement {
  /** What it is, for messages. */
  name: string;
  /** Why the suite needs it. */
  why: string;
  /** Debian package that provides it. */
  apt: string;
  /** Fedora package, for the message on machines with dnf. */
  dnf: string;
  present(): boolean;
}

/** The executable `cmd` on PATH, if any. */
export function which(cmd: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, cmd);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

/** Where the end-to-end tests look for Chromium (tests/e2e-explorer.test.ts). */
export const chromiumPath = (env: NodeJS.ProcessEnv = process.env) => env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Any installed font that covers Chinese, as fontconfig sees it (no fc-list: no fontconfig, so no font either). */
function hasChineseFont(): boolean {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return !r.error && r.status === 0 && r.stdout.trim() !== '';
}

export function requirements(env: NodeJS.ProcessEnv = process.env): Requirement[] {
  const list: Requirement[] = [
    {
      name: 'chromium',
      why: `end-to-end tests drive ${chromiumPath(env)}`,
      apt: 'chromium',
      dnf: 'chromium',
      present: () => existsSync(chromiumPath(env)),
    },
    {
      name: 'a CJK font',
      why: 'Chinese labels in the explorer screenshots',
      apt: 'fonts-wqy-zenhei',
      dnf: 'wqy-zenhei-fonts',
      present: hasChineseFont,
    },
    {
      name: 'docker-compose',
      why: 'tests/compose.test.ts validates docker-compose.yml',
      apt: 'docker-compose',
      dnf: 'docker-compose',
      present: () => which('docker-compose', env.PATH) !== undefined,
    },
  ];
  // The suite starts its own embedded Neo4j unless NEO4J_URI names one.
  if (!env.NEO4J_URI) {
    list.push(
      {
        name: 'a JDK (java, javac)',
        why: 'the embedded Neo4j (or set NEO4J_URI)',
        apt: 'default-jdk-headless',
        dnf: 'java-17-openjdk-devel',
        present: () => which('java', env.PATH) !== undefined && which('javac', env.PATH) !== undefined,
      },
      {
        name: 'Maven',
        why: 'resolves the embedded Neo4j jars (or set NEO4J_URI)',
        apt: 'maven',
        dnf: 'maven',
        present: () => which('mvn', env.PATH) !== undefined,
      },
    );
  }
  return list;
}

export interface Host {
  isRoot: boolean;
  hasAptGet: boolean;
  hasDnf: boolean;
}

export type Plan =
  | { action: 'none' }
  /** Debian as root: these commands, in order. */
  | { action: 'install'; packages: string[]; commands: string[][] }
  /** Anywhere else: the user runs `command` (or installs `packages` their own way) and tries again. */
  | { action: 'stop'; packages: string[]; command: string };

export function plan(missing: Requirement[], host: Host): Plan {
  if (missing.length === 0) return { action: 'none' };
  const apt = missing.map((r) => r.apt);
  if (host.hasAptGet && host.isRoot) {
    return {
      action: 'install',
      packages: apt,
      commands: [
        // Waits for another apt-get or dpkg (an unattended upgrade) instead of failing on its lock.
        ['apt-get', '-o', 'DPkg::Lock::Timeout=600', 'update', '-qq'],
        ['apt-get', '-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', ...apt],
      ],
    };
  }
  if (host.hasAptGet) return { action: 'stop', packages: apt, command: `sudo apt-get update && sudo apt-get install -y ${apt.join(' ')}` };
  if (host.hasDnf) {
    const dnf = missing.map((r) => r.dnf);
    return { action: 'stop', packages: dnf, command: `sudo dnf install -y ${dnf.join(' ')}` };
  }
  return {
    action: 'stop',
    packages: apt,
    command: `sudo apt-get update && sudo apt-get install -y ${apt.join(' ')}   (Debian/Ubuntu; elsewhere install the same with your package manager, and set CHROMIUM_PATH if Chromium is not at /usr/bin/chromium)`,
  };
}

export function currentHost(env: NodeJS.ProcessEnv = process.env): Host {
  return {
    isRoot: process.getuid?.() === 0,
    hasAptGet: which('apt-get', env.PATH) !== undefined,
    hasDnf: which('dnf', env.PATH) !== undefined,
  };
}

function listing(missing: Requirement[]): string {
  return missing.map((r) => `${r.name} (${r.why})`).join('; ');
}

/** The command line: returns the exit code. */
export function main(args: string[], env: NodeJS.ProcessEnv = process.env, host: Host = currentHost(env)): number {
  const say = (line: string) => console.log(`[provision] ${line}`);
  const checkOnly = args.includes('--check');
  const needed = requirements(env);
  const missing = needed.filter((r) => !r.present());
  const todo = plan(missing, host);
  if (todo.action === 'none') {
    say(`present: ${needed.map((r) => r.name).join(', ')}`);
    return 0;
  }
  say(`missing: ${listing(missing)}`);
  if (checkOnly || todo.action === 'stop') {
    const command = todo.action === 'stop' ? todo.command : todo.commands.map((c) => c.join(' ')).join(' && ');
    say(checkOnly && todo.action === 'install' ? `would run: ${command}` : `run this, then npm test again: ${command}`);
    return 1;
  }
  say(`installing with apt-get: ${todo.packages.join(' ')}`);
  for (const cmd of todo.commands) {
    say(cmd.join(' '));
    const exe = which(cmd[0]!, env.PATH) ?? cmd[0]!;
    const r = spawnSync(exe, cmd.slice(1), { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) {
      say(`${cmd.slice(0, 4).join(' ')} failed (exit ${r.status ?? r.signal}); run it yourself: ${todo.commands.map((c) => c.join(' ')).join(' && ')}`);
      return 1;
    }
  }
  const still = needed.filter((r) => !r.present());
  if (still.length) {
    say(`still missing after apt-get: ${listing(still)}`);
    return 1;
  }
  say(`installed: ${todo.packages.join(' ')}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(main(process.argv.slice(2)));
