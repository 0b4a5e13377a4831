// npm run export -- --out graph.json: the stored graph in the extraction export's format.
import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { connectForCommand, startupFailure } from '../store/connect.ts';
import { exportGraph } from '../store/export-graph.ts';

const { out } = new Command().name('export').requiredOption('--out <file>', 'output JSON file').parse().opts<{ out: string }>();
const connection = await connectForCommand();
try {
  const graph = await exportGraph(connection.db);
  await writeFile(out, JSON.stringify(graph, null, 1) + '\n');
  console.log(`${graph.documents.length} documents, ${graph.nodes.length} nodes, ${graph.edges.length} edges → ${out}`);
} catch (err) {
  console.error(`error: ${startupFailure(err)}`);
  process.exitCode = 2;
} finally {
  await connection.close();
}
