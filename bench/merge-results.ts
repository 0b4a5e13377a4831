// bench/results.json holds the latest measurement of every section: a partial run (`--suffix`, `--scale`) writes its
// own file and is folded in here, with `sources` saying which file, date and machine each section comes from.
// `node --import tsx bench/merge-results.ts bench/results-api.json …` folds in files written before.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RESULTS = 'bench/results.json';
/** Keys that describe a run rather than measure a section. */
const RUN_KEYS = new Set(['machine', 'docs', 'runs', 'date', 'corpus', 'sectionSeconds', 'totalSeconds', 'sources']);

export function mergeIntoResults(file: string, partial: Record<string, unknown>): string[] {
  const all = (existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {}) as Record<string, unknown>;
  const sources = (all.sources ?? {}) as Record<string, unknown>;
  const sections = Object.keys(partial).filter((k) => !RUN_KEYS.has(k));
  for (const k of sections) {
    all[k] = partial[k];
    sources[k] = { file, date: partial.date, machine: partial.machine };
  }
  all.sources = sources;
  writeFileSync(RESULTS, JSON.stringify(all, null, 2) + '\n');
  return sections;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) {
    const sections = mergeIntoResults(file, JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
    console.log(`${file}: ${sections.join(', ')} → ${RESULTS}`);
  }
}
