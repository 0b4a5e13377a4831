// npm run export -- --out graph.json: the stored graph in the extraction export's format.
import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { loadConfig } from '../server/config.ts';
import { createDb } from '../server/db.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/start-neo4j.ts';
import { exportGraph } from './export-graph.ts';

const { out } = new Command().name('export').requiredOption('--out <file>', 'output JSON file').parse().opts<{ out: string }>();
const config = loadConfig();
let local: LocalNeo4j | undefined;
if (!config.NEO4J_URI) local = await startLocalNeo4j({ dataDir: config.DATA_DIR, log: (l) => console.error(l) });
const db = createDb({
  uri: config.NEO4J_URI ?? local!.uri,
  username: config.NEO4J_USERNAME,
  password: config.NEO4J_PASSWORD,
  database: config.NEO4J_DATABASE,
  timeoutMs: 600_000,
});
try {
  const graph = await exportGraph(db);
  await writeFile(out, JSON.stringify(graph, null, 1) + '\n');
  console.log(`${graph.documents.length} documents, ${graph.nodes.length} nodes, ${graph.edges.length} edges → ${out}`);
} finally {
  await db.close();
  await local?.stop();
}
