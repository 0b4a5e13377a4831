// npm run ingest -- [--batch n] <files or folders…>: extract and load into Neo4j, whole documents per transaction.
import { Command, InvalidArgumentError } from 'commander';
import { connectForCommand, startupFailure } from '../store/connect.ts';
import { DEFAULT_DOCS_PER_TX, ingestFiles } from './ingest-files.ts';
import { progressBar } from '../ingest/progress.ts';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('an integer from 1 to 1000');
  return n;
}

const program = new Command()
  .name('ingest')
  .description('Extract documents and load them into Neo4j (local embedded Neo4j unless NEO4J_URI is set)')
  .argument('<paths...>', 'files or folders')
  .option('--batch <n>', 'documents per transaction (1: each document alone)', positiveInt, DEFAULT_DOCS_PER_TX)
  .parse();

const connection = await connectForCommand();
const { db, close } = connection;
let bar: ReturnType<typeof progressBar> | undefined;
try {
  await db.applySchema();
  const summary = await ingestFiles(db, program.args, {
    docsPerTx: program.opts<{ batch: number }>().batch,
    onProgress(done, total, file) {
      bar ??= progressBar('ingest', total);
      bar.update(done, file);
    },
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
  console.error(`error: ${startupFailure(err)}`);
  process.exitCode = 2;
} finally {
  await close();
}
