// npm run eval [-- --extractor legacy|pipeline|both]: extraction scored against the gold readings,
// per entity and relation type, for the sample replies (../shared/eval/gold) and the real
// documents of other provinces and genres (../shared/realdocs), with ../shared/eval/score.py.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXTRACTORS, extractFiles, type ExtractorName } from './extract-files.js';
import { listDocumentFiles } from './list-files.js';

const SHARED = resolve(process.env.SHARED_DIR ?? '../shared');
const SETS = [
  { name: 'samples 000-002', docs: 'corpus', gold: join(SHARED, 'eval/gold') },
  { name: 'realdocs', docs: join(SHARED, 'realdocs/docs'), gold: join(SHARED, 'realdocs/gold') },
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

async function score(extractor: ExtractorName, docs: string, gold: string, dir: string): Promise<Scores> {
  const { files } = await listDocumentFiles([docs]);
  const { graph } = await extractFiles(files, undefined, extractor);
  const out = join(dir, `${extractor}.json`);
  writeFileSync(out, JSON.stringify(graph));
  const r = spawnSync('python3', [join(SHARED, 'eval/score.py'), out, gold, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`score.py failed: ${r.stderr || r.error?.message}`);
  return JSON.parse(r.stdout) as Scores;
}

const cell = (s?: Score) => (s ? `${s.p.toFixed(2)} ${s.r.toFixed(2)} ${s.f1.toFixed(2)} (${s.tp}/${s.tp + s.fn})` : '-');

function table(title: string, names: ExtractorName[], scores: Scores[]): string {
  const lines = [`\n## ${title}   (P R F1 (found/gold) per extractor: ${names.join(' | ')})`];
  for (const kind of ['entities', 'relations'] as const) {
    const types = [...new Set(scores.flatMap((s) => Object.keys(s[kind])))].sort();
    for (const t of types) lines.push(`${kind.slice(0, 3)} ${t.padEnd(16)} ${scores.map((s) => cell(s[kind][t]).padEnd(24)).join(' | ')}`);
  }
  const micro = (v: number[]) => `P ${v[0]!.toFixed(3)} R ${v[1]!.toFixed(3)} F1 ${v[2]!.toFixed(3)}`;
  for (const [k, s] of names.map((n, i) => [n, scores[i]!] as const)) lines.push(`${k}: entity ${micro(s.entity_micro)}; relation ${micro(s.relation_micro)}`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const arg = process.argv.indexOf('--extractor');
  const which = arg > 0 ? process.argv[arg + 1]! : 'both';
  const names = (which === 'both' ? Object.keys(EXTRACTORS) : [which]) as ExtractorName[];
  if (!names.every((n) => n in EXTRACTORS)) {
    process.stderr.write(`error: --extractor must be legacy, pipeline or both (got '${which}')\n`);
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), 'eval-'));
  try {
    for (const set of SETS) {
      if (!existsSync(set.gold)) {
        process.stderr.write(`error: ${set.gold}: gold readings not found (set SHARED_DIR to the shared folder)\n`);
        return 1;
      }
      const scores: Scores[] = [];
      for (const n of names) scores.push(await score(n, set.docs, set.gold, dir));
      process.stdout.write(table(set.name, names, scores) + '\n');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}

main().then((c) => process.exit(c), (e) => {
  process.stderr.write(`error: ${(e as Error).message}\n`);
  process.exit(1);
});
