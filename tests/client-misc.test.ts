import { describe, expect, it, vi } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildMatrix, cellKey, isGroup } from '../client/src/buildMatrix.ts';
import { matrixCsv, matrixXlsx } from '../client/src/matrixExport.ts';
import type { MatrixRow } from '../client/src/types.ts';
import { ApiError, graphqlRequest } from '../client/src/graphqlRequest.ts';
import { errorMessage, MESSAGES, t, typeName } from '../client/src/i18n.ts';
import * as Q from '../client/src/queries.ts';
import { buildStylesheet, edgeWidth, shapeSwatchSvg } from '../client/src/graphStyle.ts';
import { debounce } from '../client/src/debounce.ts';

const ref = (id: string, type: 'Agency' | 'Measure') => ({ id, type, name: id });
const ev = (s: number) => ({ document: { id: 'd' }, quote: 'q', start: s, end: s + 1 });

describe('buildMatrix', () => {
  const row = (agency: string, target: string, role: MatrixRow['role'], extra: Partial<MatrixRow> = {}): MatrixRow => ({
    agency: ref(agency, 'Agency'), region: '湖南省', kind: '公安', target: ref(target, 'Measure'), role, years: [], evidenceCount: 1, ...extra,
  });
  const rows = [
    row('A', 'M1', 'PARTICIPANT', { years: ['2022'] }),
    row('A', 'M1', 'LEAD', { years: ['2021'], evidenceCount: 2 }),
    row('B', 'M2', 'SUPERVISOR', { region: '广东省', kind: '网信' }),
    row('A', 'M2', 'CO_HANDLER'),
    row('C', 'M2', 'LEAD', { region: '广东省', kind: '公安' }),
  ];

  it('merges roles, years and counts per cell and orders busy rows and columns first', () => {
    const m = buildMatrix(rows);
    expect(m.rows.map((r) => (isGroup(r) ? r.group : r.agency.id))).toEqual(['A', 'B', 'C']);
    expect(m.targets.map((x) => x.id)).toEqual(['M2', 'M1']);
    const c = m.cells.get(cellKey('A', 'M1'))!;
    expect([c.roles, c.years, c.evidenceCount]).toEqual([['LEAD', 'PARTICIPANT'], ['2021', '2022'], 3]);
    expect(m.cells.has(cellKey('B', 'M1'))).toBe(false);
  });

  it('searches agencies and targets, groups by region or kind, sorts by name, caps the columns', () => {
    expect(buildMatrix(rows, { agencyText: 'b' }).rows.map((r) => (isGroup(r) ? r.group : r.agency.id))).toEqual(['B']);
    expect(buildMatrix(rows, { targetText: 'm1' }).targets.map((x) => x.id)).toEqual(['M1']);
    const byRegion = buildMatrix(rows, { group: 'region' }).rows.map((r) => (isGroup(r) ? `${r.group}:${r.size}` : r.agency.id));
    // groups by the cells they hold (2 each), then by name
    expect(byRegion).toEqual(['广东省:2', 'B', 'C', '湖南省:1', 'A']);
    const byKind = buildMatrix(rows, { group: 'kind', sort: 'name' }).rows.map((r) => (isGroup(r) ? r.group : r.agency.id));
    expect(byKind).toEqual(['公安', 'A', 'C', '网信', 'B']);
    const capped = buildMatrix(rows, { maxTargets: 1 });
    expect([capped.targets.length, capped.targetTotal]).toEqual([1, 2]);
  });
});

describe('matrix export', () => {
  const withQuotes: MatrixRow = {
    agency: ref('湖南省公安厅', 'Agency'), region: '湖南省', kind: '公安', target: ref('断卡', 'Measure'), role: 'LEAD', years: ['2022'], evidenceCount: 1,
    evidence: [{ document: { id: 'd1', title: '答复', date: '2022-05-12' }, quote: '强力推进“断卡”等专项行动，\n严厉打击', start: 0, end: 10 }],
  };
  it('CSV has one line per row with its quotes and where they come from', () => {
    const csv = matrixCsv([withQuotes]);
    expect(csv.startsWith('\uFEFF机构 agency,')).toBe(true);
    expect(csv).toContain('湖南省公安厅,湖南省,公安,断卡,Measure,LEAD,2022,1,');
    expect(csv).toContain('《答复》2022-05-12：强力推进“断卡”等专项行动， 严厉打击');
  });
  it('XLSX is a workbook holding the quotes', async () => {
    const blob = await matrixXlsx([withQuotes]);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const xml = Object.entries(files).filter(([name]) => name.startsWith('xl/')).map(([, bytes]) => strFromU8(bytes)).join('');
    expect(xml).toContain('湖南省公安厅');
    expect(xml).toContain('强力推进“断卡”等专项行动');
  });
});

describe('graphqlRequest', () => {
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  it('posts query and variables, dropping undefined ones', async () => {
    const fetchImpl = vi.fn(async (_u: string, _i: RequestInit) => json({ data: { search: [] } }));
    const data = await graphqlRequest<{ search: [] }>(Q.SEARCH, { text: '断卡', types: undefined, limit: 5 }, { fetchImpl });
    expect(data).toEqual({ search: [] });
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(JSON.parse(String(init.body))).toEqual({ query: Q.SEARCH, variables: { text: '断卡', limit: 5 } });
  });
  it('classifies failures', async () => {
    await expect(graphqlRequest('q', {}, { fetchImpl: async () => { throw new TypeError('Failed to fetch'); } })).rejects.toMatchObject({ kind: 'network' });
    await expect(graphqlRequest('q', {}, { fetchImpl: async () => json({ errors: [{ message: 'Neo4j ServiceUnavailable' }] }, 200) })).rejects.toMatchObject({ kind: 'database' });
    await expect(graphqlRequest('q', {}, { fetchImpl: async () => json({ errors: [{ message: 'Unknown argument' }] }, 400) })).rejects.toMatchObject({ kind: 'graphql' });
    await expect(graphqlRequest('q', {}, { fetchImpl: async () => new Response('oops', { status: 502 }) })).rejects.toBeInstanceOf(ApiError);
    await expect(graphqlRequest('q', {}, { fetchImpl: async () => new Response('', { status: 503 }) })).rejects.toMatchObject({ kind: 'database' });
  });
});

describe('queries', () => {
  it('use variables only and declare every fragment they spread', () => {
    for (const [name, q] of Object.entries(Q)) {
      const spreads = [...q.matchAll(/\.\.\.(\w+)/g)].map((m) => m[1]);
      for (const s of spreads) expect(q, `${name} defines ${s}`).toContain(`fragment ${s} on`);
      expect(q).not.toMatch(/\(\s*\w+:\s*"/); // no inlined string literals
    }
  });
});

describe('i18n', () => {
  it('has the same keys in both languages and fills placeholders', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
    expect(t('zh', 'noResults', { text: 'xxx' })).toBe('未找到“xxx”的相关实体');
    expect(errorMessage('zh', 'database')).toBe('服务暂不可用：数据库未连接');
    expect(typeName('zh', 'Agency')).toBe('机构');
    expect(typeName('en', 'CO_HANDLES')).toBe('Co-handles');
    expect(typeName('zh', 'UNKNOWN')).toBe('UNKNOWN');
  });
});

describe('style helpers', () => {
  it('edge width grows with evidence and is capped', () => {
    expect(edgeWidth(1)).toBe(1.5);
    expect(edgeWidth(4)).toBeGreaterThan(edgeWidth(2));
    expect(edgeWidth(10_000)).toBe(9);
    expect(edgeWidth(0)).toBe(1.5);
  });
  it('draws swatches', () => {
    expect(shapeSwatchSvg('diamond', '#f00')).toContain('<polygon');
    expect(shapeSwatchSvg('ellipse', '#f00')).toContain('<circle');
  });
  it('the large-graph stylesheet keeps every rule and appends haystack edges and zoom-dependent labels', () => {
    const small = buildStylesheet();
    const large = buildStylesheet(true);
    expect(large.slice(0, small.length)).toEqual(small);
    expect(JSON.stringify(small)).not.toMatch(/haystack|min-zoomed-font-size/);
    const added = large.slice(small.length);
    expect(added.find((b) => b.selector === 'edge')?.style).toMatchObject({ 'curve-style': 'haystack', 'target-arrow-shape': 'none' });
    expect(added.find((b) => b.selector === 'node')?.style['min-zoomed-font-size']).toBeGreaterThan(0);
  });
  it('debounce calls once with the last args', async () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 100);
    d(1); d(2); d(3);
    vi.advanceTimersByTime(120);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith(3);
    vi.useRealTimers();
  });
});
