// npm run export -- --out graph.json: the stored graph in the extraction export's format.
import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { loadConfig } from '../server/config.ts';
import { connect } from '../server/connect.ts';
import { exportGraph } from './export-graph.ts';

const { out } = new Command().name('export').requiredOption('--out <file>', 'output JSON file').parse().opts<{ out: string }>();
const { db, close } = await connect(loadConfig(), { timeoutMs: 600_000, log: (l) => console.error(l) });
try {
  const graph = await exportGraph(db);
  await writeFile(out, JSON.stringify(graph, null, 1) + '\n');
  console.log(`${graph.documents.length} documents, ${graph.nodes.length} nodes, ${graph.edges.length} edges → ${out}`);
} finally {
  await close();
}
