// scripts/provision.ts, which `npm test` and `.ci/run` run first: on Debian as root it installs what is missing
// with apt-get (update, then install, saying what), anywhere else it stops with the exact command.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main, plan, requirements, type Requirement } from '../scripts/provision.ts';

const fake = (name: string, apt: string, present = false): Requirement => ({ name, why: 'test', apt, dnf: `${apt}-rpm`, present: () => present });

describe('provisioning plan', () => {
  const missing = [fake('chromium', 'chromium'), fake('a CJK font', 'fonts-wqy-zenhei'), fake('docker-compose', 'docker-compose')];

  it('does nothing when nothing is missing', () => {
    expect(plan([], { isRoot: true, hasAptGet: true, hasDnf: false })).toEqual({ action: 'none' });
  });

  it('on Debian as root: apt-get update, then one apt-get install of every missing package', () => {
    const p = plan(missing, { isRoot: true, hasAptGet: true, hasDnf: false });
    expect(p.action).toBe('install');
    if (p.action !== 'install') return;
    expect(p.packages).toEqual(['chromium', 'fonts-wqy-zenhei', 'docker-compose']);
    expect(p.commands.map((c) => c.filter((a) => !a.startsWith('-')))).toEqual([
      ['apt-get', 'DPkg::Lock::Timeout=600', 'update'],
      ['apt-get', 'DPkg::Lock::Timeout=600', 'install', 'chromium', 'fonts-wqy-zenhei', 'docker-compose'],
    ]);
  });

  it('not root: stops with the sudo command', () => {
    expect(plan(missing, { isRoot: false, hasAptGet: true, hasDnf: false })).toEqual({
      action: 'stop',
      packages: ['chromium', 'fonts-wqy-zenhei', 'docker-compose'],
      command: 'sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-zenhei docker-compose',
    });
  });

  it('no apt-get: the dnf command, or the Debian one with a note', () => {
    const dnf = plan(missing, { isRoot: true, hasAptGet: false, hasDnf: true });
    expect(dnf).toMatchObject({ action: 'stop', command: 'sudo dnf install -y chromium-rpm fonts-wqy-zenhei-rpm docker-compose-rpm' });
    const other = plan(missing, { isRoot: false, hasAptGet: false, hasDnf: false });
    expect(other.action).toBe('stop');
    if (other.action === 'stop') expect(other.command).toMatch(/^sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-zenhei docker-compose .*CHROMIUM_PATH/);
  });

  it('needs a JDK and Maven only for the embedded Neo4j', () => {
    expect(requirements({ PATH: process.env.PATH }).map((r) => r.apt)).toEqual(['chromium', 'fonts-wqy-zenhei', 'docker-compose', 'default-jdk-headless', 'maven']);
    expect(requirements({ PATH: process.env.PATH, NEO4J_URI: 'bolt://db:7687' }).map((r) => r.apt)).toEqual(['chromium', 'fonts-wqy-zenhei', 'docker-compose']);
  });
});

describe('provision script', () => {
  // A stand-in apt-get that only records how it was called.
  const bin = mkdtempSync(join(tmpdir(), 'afg-provision-'));
  const calls = join(bin, 'calls.log');
  writeFileSync(join(bin, 'apt-get'), `#!/bin/sh\necho "$DEBIAN_FRONTEND $*" >> '${calls}'\n`);
  chmodSync(join(bin, 'apt-get'), 0o755);
  const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, CHROMIUM_PATH: join(bin, 'no-chromium') };
  afterAll(() => rmSync(bin, { recursive: true, force: true }));

  function run(args: string[], host: { isRoot: boolean; hasAptGet: boolean; hasDnf: boolean }) {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    try {
      return { code: main(args, env, host), lines };
    } finally {
      spy.mockRestore();
    }
  }

  it('finds everything the suite needs on this machine (npm test provisioned it)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/provision.ts', '--check'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/^\[provision\] present: chromium, a CJK font, docker-compose/);
    expect(r.status).toBe(0);
  });

  it('as root with apt-get: runs apt-get update, then installs what is missing, saying what', () => {
    rmSync(calls, { force: true });
    const { code, lines } = run([], { isRoot: true, hasAptGet: true, hasDnf: false });
    expect(lines).toContain('[provision] installing with apt-get: chromium');
    expect(readFileSync(calls, 'utf8').split('\n').filter(Boolean)).toEqual([
      'noninteractive -o DPkg::Lock::Timeout=600 update -qq',
      'noninteractive -o DPkg::Lock::Timeout=600 install -y -qq chromium',
    ]);
    // The stand-in installed nothing, and the script says so instead of claiming success.
    expect(lines.at(-1)).toMatch(/^\[provision\] still missing after apt-get: chromium/);
    expect(code).toBe(1);
  });

  it('--check only reports what it would run', () => {
    rmSync(calls, { force: true });
    const { code, lines } = run(['--check'], { isRoot: true, hasAptGet: true, hasDnf: false });
    expect(lines.at(-1)).toBe(
      '[provision] would run: apt-get -o DPkg::Lock::Timeout=600 update -qq && apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium',
    );
    expect(code).toBe(1);
    expect(() => readFileSync(calls)).toThrow();
  });

  it('not root: stops at once with the exact command, installing nothing', () => {
    rmSync(calls, { force: true });
    const { code, lines } = run([], { isRoot: false, hasAptGet: true, hasDnf: false });
    expect(lines).toEqual([
      `[provision] missing: chromium (end-to-end tests drive ${env.CHROMIUM_PATH})`,
      '[provision] run this, then npm test again: sudo apt-get update && sudo apt-get install -y chromium',
    ]);
    expect(code).toBe(1);
    expect(() => readFileSync(calls)).toThrow();
  });
});
