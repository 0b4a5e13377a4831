// Child process: extraction throughput over a list of files (read first, then timed extraction only).
// `node --import tsx bench/extract-worker.ts <manifest.json> <count>` → one JSON line.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { extractDocument } from '../ingest/pipeline/index.ts';

const [manifest, countArg] = process.argv.slice(2);
const files = (JSON.parse(readFileSync(manifest!, 'utf8')) as { files: string[] }).files.slice(0, Number(countArg ?? Infinity));
const texts = files.map((f) => readFileSync(f, 'utf8'));
let chars = 0;
let nodes = 0;
let edges = 0;
const started = performance.now();
for (let i = 0; i < files.length; i++) {
  const text = texts[i]!;
  const g = extractDocument({ id: basename(files[i]!, extname(files[i]!)), source: files[i]!, sha256: String(i), text });
  chars += text.length;
  nodes += g.nodes.length;
  edges += g.edges.length;
}
const seconds = (performance.now() - started) / 1000;
const peakRssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ docs: files.length, chars, nodes, edges, seconds, charsPerSec: chars / seconds, docsPerSec: files.length / seconds, peakRssMB }));
