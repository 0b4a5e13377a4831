// The import rules (`.dependency-cruiser.cjs`): client | extraction ← store ← API, commands beside the API,
// nothing imports the API, the commands or bench. A wrong-way import fails here, naming the rule and the files.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const FOLDERS = ['client', 'server', 'store', 'cli', 'ingest', 'neo4j-local', 'scripts', 'bench', 'tests'];

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

describe('architecture', () => {
  it('every import runs the allowed way', () => {
    const run = spawnSync('node_modules/.bin/depcruise', [...FOLDERS, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error).toBeUndefined();
    let result: { summary: { violations: Violation[]; totalCruised: number } };
    try {
      result = JSON.parse(run.stdout);
    } catch {
      throw new Error(`dependency-cruiser gave no report (exit ${run.status}): ${run.stderr}`);
    }
    const { violations, totalCruised } = result.summary;
    // TypeScript sources are read through @swc/core; without it nothing would be cruised and nothing could fail.
    expect(totalCruised).toBeGreaterThan(100);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  });
});
