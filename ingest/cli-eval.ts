// npm run eval: extraction scored against the gold readings, per entity and relation type, for the
// sample replies (../shared/eval/gold) and the real documents of other provinces and genres
// (../shared/realdocs), with ../shared/eval/score.py. SHARED_DIR points elsewhere if needed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractFiles } from './extract-files.js';
import { listDocumentFiles } from './list-files.js';

const SHARED = resolve(process.env.SHARED_DIR ?? '../shared');
const SETS = [
  { name: 'sample replies 000-002', docs: 'corpus', gold: join(SHARED, 'eval/gold') },
  { name: 'realdocs (other provinces and genres)', docs: join(SHARED, 'realdocs/docs'), gold: join(SHARED, 'realdocs/gold') },
];

interface Score {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}
interface Scores {
  entities: Record<string, Score>;
  relations: Record<string, Score>;
  entity_micro: number[];
  relation_micro: number[];
}

async function score(docs: string, gold: string, dir: string): Promise<Scores> {
  const { files } = await listDocumentFiles([docs]);
  const { graph } = await extractFiles(files);
  const out = join(dir, 'graph.json');
  writeFileSync(out, JSON.stringify(graph));
  const r = spawnSync('python3', [join(SHARED, 'eval/score.py'), out, gold, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`score.py failed: ${r.stderr || r.error?.message}`);
  return JSON.parse(r.stdout) as Scores;
}

function table(title: string, s: Scores): string {
  const row = (kind: string, type: string, v: Score) =>
    `${kind} ${type.padEnd(16)} P ${v.p.toFixed(2)}  R ${v.r.toFixed(2)}  F1 ${v.f1.toFixed(2)}  (tp ${v.tp}, fp ${v.fp}, fn ${v.fn})`;
  const micro = (v: number[]) => `P ${v[0]!.toFixed(3)}  R ${v[1]!.toFixed(3)}  F1 ${v[2]!.toFixed(3)}`;
  return [
    `\n## ${title}`,
    ...Object.entries(s.entities).map(([t, v]) => row('entity  ', t, v)),
    ...Object.entries(s.relations).map(([t, v]) => row('relation', t, v)),
    `entities  ${micro(s.entity_micro)}`,
    `relations ${micro(s.relation_micro)}`,
  ].join('\n');
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'eval-'));
  try {
    for (const set of SETS) {
      if (!existsSync(set.gold)) {
        process.stderr.write(`error: ${set.gold}: gold readings not found (set SHARED_DIR to the shared folder)\n`);
        return 1;
      }
      process.stdout.write(table(set.name, await score(set.docs, set.gold, dir)) + '\n');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}

main().then(
  (c) => process.exit(c),
  (e) => {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    process.exit(1);
  },
);
