// A messy corpus: each bad file gives one line naming it and the reason, every other document still goes
// in, the exit code says whether everything went in, and nothing of a bad file is written.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { removeDocument } from '../store/load-graph.ts';
import { testDb } from './helpers/db.ts';

const db = testDb();
const dir = mkdtempSync(join(tmpdir(), 'afg-bad-'));
const asRoot = process.getuid?.() === 0;

afterAll(async () => {
  for (const id of GOOD) await removeDocument(db, id);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

// Readable in spite of their odd encodings or names: these must go in.
const GOOD = ['gbk-undeclared.invalid', 'utf16le-bom.invalid', 'utf16be-bom.invalid', '中文 名称 含空格.invalid', 'good'];

const EXPECTED: Record<string, string> = {
  'empty.invalid.txt': 'empty file',
  'whitespace-only.invalid.txt': 'document contains only whitespace (no text)',
  'binary-garbage.invalid.txt': 'binary data, not text (10.9% control bytes)',
  'truncated-utf8.invalid.txt': 'truncated UTF-8 (the file ends in the middle of a character)',
  'broken-zip.invalid.docx': "broken .docx (Corrupted zip: can't find end of central directory)",
  'encrypted.invalid.pdf': 'encrypted PDF',
  'scanned-no-text-layer.invalid.pdf': 'PDF has no text layer (scanned?)',
  'huge.invalid.txt': 'file is 50.0 MB; one document may be at most 20 MB (split it)',
  'dangling-link.invalid.txt': 'file not found',
};

describe('bad documents', () => {
  it('are reported one line each, while every readable document is ingested', async () => {
    cpSync('tests/fixtures/bad', dir, { recursive: true });
    copyFileSync('corpus/001_45f81fe688840c79.txt', join(dir, 'good.txt'));
    // 50 MB of plausible text, made here rather than committed.
    writeFileSync(join(dir, 'huge.invalid.txt'), Buffer.alloc(50 * 2 ** 20, '湖南省公安厅牵头开展“断卡”专项行动。\n'));
    mkdirSync(join(dir, 'nested'));
    symlinkSync('..', join(dir, 'nested', 'loop'));
    symlinkSync(join(dir, 'does-not-exist.txt'), join(dir, 'dangling-link.invalid.txt'));
    if (!asRoot) {
      writeFileSync(join(dir, 'unreadable.invalid.txt'), '湖南省公安厅');
      chmodSync(join(dir, 'unreadable.invalid.txt'), 0o000);
      EXPECTED['unreadable.invalid.txt'] = 'permission denied';
    }

    const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/ingest.ts', dir], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
    });
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(run.status, run.stderr).toBe(1);
    for (const [file, reason] of Object.entries(EXPECTED)) {
      expect(errors, file).toContain(`error: ${join(dir, file)}: ${reason}`);
    }
    expect(errors).toHaveLength(Object.keys(EXPECTED).length);
    expect(run.stdout).toMatch(new RegExp(`failed ${Object.keys(EXPECTED).length}\\)`));

    for (const id of GOOD) expect((await db.read('documents-state', { ids: [id] })).length, id).toBe(1);
    // Nothing of a rejected file was written.
    for (const file of Object.keys(EXPECTED)) {
      expect(await db.read('documents-state', { ids: [file.replace(/\.[^.]+$/, '')] })).toEqual([]);
    }
  }, 120_000);
});
