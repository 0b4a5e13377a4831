// Every Cypher statement lives in cypher/<name>.cypher; this loads them once, by name.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'cypher');

export type QueryName = string & { readonly __query?: never };

export interface Queries {
  get(name: QueryName): string;
  names(): string[];
}

let cache: Map<string, string> | undefined;

export function loadQueries(): Queries {
  cache ??= new Map(
    readdirSync(CYPHER_DIR)
      .filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher')
      .map((f) => [f.slice(0, -'.cypher'.length), readFileSync(join(CYPHER_DIR, f), 'utf8')]),
  );
  const map = cache;
  return {
    get(name) {
      const text = map.get(name);
      if (text === undefined) throw new Error(`no query file cypher/${name}.cypher`);
      return text;
    },
    names: () => [...map.keys()].sort(),
  };
}

/** The schema file holds several idempotent statements separated by semicolons. */
export function schemaStatements(): string[] {
  return readFileSync(join(CYPHER_DIR, 'schema.cypher'), 'utf8')
    .replace(/^\s*\/\/.*$/gm, '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
