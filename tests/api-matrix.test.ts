// The responsibility matrix over HTTP: agencies × targets with the agency's province and kind, filters by target
// type and year, one cell with its quotes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startApp, type RunningApp } from './helpers/app.ts';
import { quoteMatchesDocument, type EvidenceLike } from './helpers/corpus.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ buildClient: false });
});
afterAll(() => app?.close());

interface MatrixRow {
  agency: { id: string; name: string };
  region: string;
  kind: string;
  target: { id: string; type: string; name: string };
  role: string;
  years: string[];
  evidenceCount: number;
}
const ROW = 'agency { id name } region kind target { id type name } role years evidenceCount';

async function matrix(vars: Record<string, unknown>) {
  return gql<{ responsibilityMatrix: { rows: MatrixRow[]; truncated: boolean } }>(
    app.url,
    `query($t: [EntityType!], $y: String, $l: Int) { responsibilityMatrix(targetTypes: $t, year: $y, limit: $l) { truncated rows { ${ROW} } } }`,
    vars,
  );
}

describe('responsibility matrix', () => {
  it('rows of campaigns and measures by default, each agency with its province and kind', async () => {
    const r = await matrix({});
    expect(r.errors).toBeUndefined();
    const rows = r.data!.responsibilityMatrix.rows;
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((x) => x.target.type))).toEqual(new Set(['Campaign', 'Measure']));
    const police = rows.find((x) => x.agency.name === '湖南省公安厅')!;
    expect([police.region, police.kind]).toEqual(['湖南省', '公安']);
    expect(rows.find((x) => x.agency.name === '湖南省委网信办')?.kind).toBe('网信');
    // strongest first
    expect(rows.map((x) => x.evidenceCount)).toEqual([...rows.map((x) => x.evidenceCount)].sort((a, b) => b - a));
  });

  it('filters by target type and by year, and says when the limit cut rows off', async () => {
    const proposals = (await matrix({ t: ['Proposal'] })).data!.responsibilityMatrix.rows;
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals.every((x) => x.target.type === 'Proposal')).toBe(true);
    const all = (await matrix({ t: ['Campaign', 'Measure', 'Proposal', 'Meeting'] })).data!.responsibilityMatrix.rows;
    const y2022 = (await matrix({ t: ['Campaign', 'Measure', 'Proposal', 'Meeting'], y: '2022' })).data!.responsibilityMatrix.rows;
    expect(y2022.length).toBeGreaterThan(0);
    expect(y2022.length).toBeLessThan(all.length);
    expect(y2022.every((x) => x.years.includes('2022'))).toBe(true);
    const cut = (await matrix({ l: 1 })).data!.responsibilityMatrix;
    expect([cut.rows.length, cut.truncated]).toEqual([1, true]);
  });

  it('refuses a year that is not YYYY, naming it', async () => {
    const r = await matrix({ y: '22' });
    expect(r.errors?.[0]?.message).toMatch(/year.*YYYY.*"22"/);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('one cell: what the agency does with the target, with quotes from the documents', async () => {
    const row = (await matrix({})).data!.responsibilityMatrix.rows[0]!;
    const r = await gql<{ responsibilitiesBetween: { role: string; evidence: EvidenceLike[] }[] }>(
      app.url,
      'query($a: ID!, $t: ID!) { responsibilitiesBetween(agency: $a, target: $t) { role evidence { document { id title date } quote start end } } }',
      { a: row.agency.id, t: row.target.id },
    );
    expect(r.errors).toBeUndefined();
    const cell = r.data!.responsibilitiesBetween;
    expect(cell.map((c) => c.role)).toContain(row.role);
    for (const c of cell) {
      expect(c.evidence.length).toBeGreaterThan(0);
      for (const ev of c.evidence) expect(quoteMatchesDocument(ev)).toBe(true);
    }
  });
});
