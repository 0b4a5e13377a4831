// npm run extract -- <files or folders…> --out graph.json [--report]
import { Command, CommanderError } from 'commander';
import { writeFile } from 'node:fs/promises';
import { listDocumentFiles } from './list-files.js';
import { extractFiles } from './extract-files.js';
import { progressBar } from './progress.ts';
import type { Graph } from './model.js';

function report(graph: Graph): string {
  const lines: string[] = [];
  const byType = new Map<string, number>();
  for (const n of graph.nodes) byType.set(n.type, (byType.get(n.type) ?? 0) + 1);
  const byRel = new Map<string, number>();
  for (const e of graph.edges) byRel.set(e.type, (byRel.get(e.type) ?? 0) + 1);
  lines.push(`documents: ${graph.documents.length}`);
  lines.push('nodes:');
  for (const [k, v] of [...byType].sort()) lines.push(`  ${k}: ${v}`);
  lines.push('edges:');
  for (const [k, v] of [...byRel].sort()) lines.push(`  ${k}: ${v}`);
  // candidate mentions that could not be typed/resolved: nodes with no edges
  const linked = new Set<string>();
  for (const e of graph.edges) {
    linked.add(e.source);
    linked.add(e.target);
  }
  const loose = graph.nodes.filter((n) => !linked.has(n.id));
  lines.push(`unlinked entities (found but in no relation): ${loose.length}`);
  for (const n of loose) lines.push(`  ${n.type}\t${n.name}`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('extract')
    .description('Extract entities and relations with evidence from documents')
    .argument('<paths...>', 'files or folders')
    .requiredOption('--out <file>', 'output graph JSON')
    .option('--report', 'print counts per type and unlinked entities')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const opts = program.opts<{ out: string; report?: boolean }>();
  const { files, problems: listProblems } = await listDocumentFiles(program.args);
  const bar = progressBar('extract', files.length);
  const { graph, problems } = await extractFiles(files, (done, _total, file) => bar.update(done, file));
  bar.stop();
  const all = [...listProblems, ...problems];
  for (const p of all) process.stderr.write(`error: ${p.file}: ${p.reason}\n`);
  await writeFile(opts.out, JSON.stringify(graph, null, 1) + '\n', 'utf8');
  if (opts.report) process.stdout.write(report(graph) + '\n');
  return all.length ? 1 : 0;
}

main(process.argv).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`error: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
