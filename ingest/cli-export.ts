// npm run export -- --out graph.json: the stored graph in the extraction export's format.
import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { loadConfig } from '../server/config.ts';
import { connectUntilSignal, startupFailure, type Connection } from '../server/connect.ts';
import { exportGraph } from './export-graph.ts';

const { out } = new Command().name('export').requiredOption('--out <file>', 'output JSON file').parse().opts<{ out: string }>();
// The Neo4j of a running `npm start` (or `npm run db`) on the same DATA_DIR when there is one, else our own.
let connection: Connection;
try {
  connection = await connectUntilSignal(loadConfig(), { timeoutMs: 600_000, log: (l) => console.error(l) });
} catch (err) {
  console.error(`error: ${startupFailure(err)}`);
  process.exit(2);
}
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
