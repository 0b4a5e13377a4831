import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadQueries } from '../store/queries.ts';
import { testDb } from './helpers/db.ts';

const db = testDb();
afterAll(() => db.close());

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

// Application code only: a query used by nothing but tests is dead.
const code = ['server', 'store', 'cli', 'ingest', 'bench'].flatMap(sources).map((f) => readFileSync(f, 'utf8')).join('\n');
const names = loadQueries().names();

describe('cypher/ files', () => {
  it('every file is used by application code', () => {
    const unused = names.filter((n) => !code.includes(`'${n}'`));
    expect(unused).toEqual([]);
  });

  it('every query name used in code has a file', () => {
    const used = [...code.matchAll(/\.(?:read|write|run)\('([a-z0-9-]+)'/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((n) => !names.includes(n))).toEqual([]);
  });

  it('every file starts with a header naming params and returns', () => {
    for (const n of names) {
      const text = readFileSync(join('cypher', `${n}.cypher`), 'utf8');
      expect(text, n).toMatch(/^\/\/ .+/);
      expect(text, n).toMatch(/\/\/ params: /);
      expect(text, n).toMatch(/\/\/ returns: /);
    }
  });

  it('every file EXPLAINs cleanly', async () => {
    await db.applySchema();
    const failures: string[] = [];
    for (const n of names) {
      await db.explain(n).catch((e: Error) => failures.push(`${n}: ${e.message}`));
    }
    expect(failures).toEqual([]);
  });
});
