// Child process: end-to-end ingest (ingestFiles: read → extract → load, what `npm run ingest` does).
// `node --import tsx bench/ingest-worker.ts <bolt uri> <dir>` → one JSON line with the summary and peak RSS.
import { createDb } from '../store/db.ts';
import { ingestFiles } from '../cli/ingest-files.ts';

const [uri, dir, every] = process.argv.slice(2);
const db = createDb({ uri: uri!, username: 'neo4j', password: 'password', database: 'neo4j', timeoutMs: 120_000 });
await db.applySchema();
const step = Number(every ?? 100);
const t0 = performance.now();
const summary = await ingestFiles(db, [dir!], {
  onProgress(done, total) {
    if (done % step === 0 || done === total) console.log(`P ${done} ${total} ${((performance.now() - t0) / 1000).toFixed(1)}`);
  },
});
await db.close();
console.log(JSON.stringify({ ...summary, problems: summary.problems.length, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
