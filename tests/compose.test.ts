import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('docker-compose.yml', () => {
  it('validates with docker-compose config -q', () => {
    const r = spawnSync('docker-compose', ['config', '-q'], { encoding: 'utf8' });
    expect(r.error, 'docker-compose must be installed (Debian package docker-compose)').toBeUndefined();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
