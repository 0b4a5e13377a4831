// Roles over HTTP: one role per agency and target per document (the strongest), each with the years of its
// documents; responsibilities name their target generically and filter by its type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startApp, type RunningApp } from './helpers/app.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ buildClient: false });
});
afterAll(() => app?.close());

interface Row {
  agency: { id: string };
  target: { id: string; type: string };
  role: string;
  years: string[];
  evidenceCount: number;
  evidence: { document: { id: string; date: string | null } }[];
}
const FIELDS = 'agency { id } target { id type } role years evidenceCount evidence { document { id date } }';

async function responsibilities(agency: string, targetTypes?: string[]): Promise<Row[]> {
  const r = await gql<{ agencyResponsibilities: Row[] }>(app.url, `query($a: String!, $t: [EntityType!]) { agencyResponsibilities(agency: $a, targetTypes: $t) { ${FIELDS} } }`, { a: agency, t: targetTypes ?? null });
  expect(r.errors).toBeUndefined();
  return r.data!.agencyResponsibilities;
}

describe('roles', () => {
  it('an agency has one role per target in each document: the documents behind two roles never overlap', async () => {
    const agencies = await gql<{ entities: { id: string; name: string }[] }>(app.url, '{ entities(types: [Agency], limit: 40) { id name } }');
    let pairs = 0;
    for (const a of agencies.data!.entities) {
      const byTarget = new Map<string, Row[]>();
      for (const row of await responsibilities(a.name)) (byTarget.get(row.target.id) ?? byTarget.set(row.target.id, []).get(row.target.id)!).push(row);
      for (const rows of byTarget.values()) {
        pairs++;
        expect(new Set(rows.map((r) => r.role)).size, `${a.name} → ${rows[0]!.target.id}`).toBe(rows.length);
        const docsOf = rows.map((r) => new Set(r.evidence.map((e) => e.document.id)));
        for (let i = 0; i < docsOf.length; i++)
          for (let j = i + 1; j < docsOf.length; j++) expect([...docsOf[i]!].filter((d) => docsOf[j]!.has(d)), `${a.name} → ${rows[0]!.target.id}`).toEqual([]);
      }
    }
    expect(pairs).toBeGreaterThan(20);
  });

  it('each role carries the years of its documents, ascending', async () => {
    const rows = await responsibilities('湖南省公安厅');
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows.filter((x) => x.evidenceCount === x.evidence.length)) {
      const years = [...new Set(r.evidence.map((e) => e.document.date?.slice(0, 4)).filter((y): y is string => !!y))].sort();
      expect(r.years).toEqual(years);
    }
    expect(rows.some((r) => r.years.length > 0)).toBe(true);
  });

  it('names its target generically and keeps only the target types asked for', async () => {
    const all = await responsibilities('湖南省公安厅');
    expect(new Set(all.map((r) => r.target.type)).size).toBeGreaterThan(1);
    const campaigns = await responsibilities('湖南省公安厅', ['Campaign']);
    expect(campaigns.length).toBeGreaterThan(0);
    expect(campaigns.every((r) => r.target.type === 'Campaign')).toBe(true);
    expect(campaigns.length).toBe(all.filter((r) => r.target.type === 'Campaign').length);
  });
});
