// npm run ingest -- <files or folders…>: extract and load into Neo4j, one transaction per document.
import { Command } from 'commander';
import { loadConfig } from '../server/config.ts';
import { createDb } from '../server/db.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/start-neo4j.ts';
import { ingestFiles } from './ingest-files.ts';
import { progressBar } from './progress.ts';

const program = new Command()
  .name('ingest')
  .description('Extract documents and load them into Neo4j (local embedded Neo4j unless NEO4J_URI is set)')
  .argument('<paths...>', 'files or folders')
  .parse();

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
let bar: ReturnType<typeof progressBar> | undefined;
try {
  await db.applySchema();
  const summary = await ingestFiles(db, program.args, (done, total, file) => {
    bar ??= progressBar('ingest', total);
    bar.update(done, file);
  });
  bar?.stop();
  for (const p of summary.problems) console.error(`error: ${p.file}: ${p.reason}`);
  console.log(
    `documents ${summary.documents} (loaded ${summary.loaded}, unchanged ${summary.unchanged}, failed ${summary.problems.length}), ` +
      `nodes ${summary.nodes}, relationships ${summary.relationships}, ${summary.seconds.toFixed(1)} s`,
  );
  process.exitCode = summary.problems.length ? 1 : 0;
} catch (err) {
  bar?.stop();
  console.error(`error: ${(err as Error).message}`);
  process.exitCode = 2;
} finally {
  await db.close();
  await local?.stop();
}
