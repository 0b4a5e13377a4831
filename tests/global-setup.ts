// One Neo4j for the whole test run: the local embedded one on a free port and a fresh data
// directory, or the server named by NEO4J_URI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../neo4j-local/start-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jDataDir: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.NEO4J_URI) {
    console.log(`[tests] using Neo4j at ${process.env.NEO4J_URI}`);
    project.provide('neo4jUri', process.env.NEO4J_URI);
    project.provide('neo4jDataDir', '');
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'afg-neo4j-'));
  const started = Date.now();
  const db = await startLocalNeo4j({ dataDir, log: (l) => console.log(`[tests] ${l}`) });
  console.log(`[tests] local Neo4j started by the suite at ${db.uri} in ${Date.now() - started} ms`);
  project.provide('neo4jUri', db.uri);
  project.provide('neo4jDataDir', dataDir);
  return async () => {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
    console.log('[tests] local Neo4j stopped');
  };
}
