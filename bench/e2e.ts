// End-to-end ingest (read → extract → load, what `npm run ingest` does) in a child process against a running Neo4j,
// with the peak RSS of the Node process and of the JVM; stopped at an optional time budget.
import { spawn } from 'node:child_process';
import type { FreshNeo4j } from './neo4j.ts';
import { log, procStatusMB, round } from './util.ts';

export interface E2eRun {
  documents: number;
  seconds: number;
  completed: boolean;
  nodePeakRssMB: number;
  jvmPeakRssMB: number;
}

export async function ingestInChild(neo: FreshNeo4j, corpusDir: string, opts: { label: string; budgetSeconds?: number; logEvery?: number }): Promise<E2eRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/ingest-worker.ts', neo.local.uri, corpusDir, '100'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const logEvery = opts.logEvery ?? 1000;
  let done = 0;
  let doneAt = 0;
  let nodeHwm = 0;
  let final: { documents: number; seconds: number; peakRssMB: number } | undefined;
  const t0 = performance.now();
  let buf = '';
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString('utf8');
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      const p = /^P (\d+) (\d+) ([\d.]+)/.exec(line);
      if (p) {
        done = Number(p[1]);
        doneAt = Number(p[3]);
        if (done % logEvery === 0) log(`${opts.label}: ${done} documents in ${round(doneAt)} s`);
      } else if (line.startsWith('{')) final = JSON.parse(line);
    }
  });
  const poll = setInterval(() => (nodeHwm = Math.max(nodeHwm, procStatusMB(child.pid!, 'VmHWM') || 0)), 1000);
  const budget = opts.budgetSeconds
    ? setTimeout(() => {
        log(`${opts.label}: time budget of ${opts.budgetSeconds} s reached after ${done} documents; stopping the ingest`);
        nodeHwm = Math.max(nodeHwm, procStatusMB(child.pid!, 'VmHWM') || 0);
        child.kill('SIGKILL');
      }, opts.budgetSeconds * 1000)
    : undefined;
  const code = await new Promise<number | null>((ok) => child.once('exit', ok));
  clearInterval(poll);
  clearTimeout(budget);
  const jvmPeakRssMB = procStatusMB(neo.local.pid, 'VmHWM');
  if (final) return { documents: final.documents, seconds: final.seconds, completed: true, nodePeakRssMB: Math.max(nodeHwm, final.peakRssMB), jvmPeakRssMB };
  if (code !== null && code !== 0) throw new Error(`ingest worker failed with ${code}`);
  return { documents: done, seconds: doneAt || (performance.now() - t0) / 1000, completed: false, nodePeakRssMB: nodeHwm, jvmPeakRssMB };
}
