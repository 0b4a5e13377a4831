import { afterAll, describe, expect, it } from 'vitest';
import { testDb } from './helpers/db.ts';

const db = testDb();
afterAll(() => db.close());

describe('schema', () => {
  it('applies twice without error and creates the constraints and full-text index', async () => {
    await db.applySchema();
    await db.applySchema();
    const rows = await db.read('schema-objects');
    const names = rows.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['document_id', 'entity_id', 'agency_id', 'measure_id', 'entity_names']));
    expect(rows.find((r) => r.name === 'entity_names')?.state).toBe('ONLINE');
  });
});
