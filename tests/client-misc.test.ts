import { describe, expect, it, vi } from 'vitest';
import { buildMatrix, cellKey } from '../client/src/buildMatrix.ts';
import { ApiError, graphqlRequest } from '../client/src/graphqlRequest.ts';
import { errorMessage, MESSAGES, t, typeName } from '../client/src/i18n.ts';
import * as Q from '../client/src/queries.ts';
import { buildStylesheet, edgeWidth, shapeSwatchSvg } from '../client/src/graphStyle.ts';
import { debounce } from '../client/src/debounce.ts';

const ref = (id: string, type: 'Agency' | 'Measure') => ({ id, type, name: id });
const ev = (s: number) => ({ document: { id: 'd' }, quote: 'q', start: s, end: s + 1 });

describe('buildMatrix', () => {
  it('merges roles and evidence per cell and orders busy rows first', () => {
    const m = buildMatrix([
      { agency: ref('A', 'Agency'), measure: ref('M1', 'Measure'), role: 'PARTICIPANT', evidence: [ev(1)] },
      { agency: ref('A', 'Agency'), measure: ref('M1', 'Measure'), role: 'LEAD', evidence: [ev(1), ev(2)] },
      { agency: ref('B', 'Agency'), measure: ref('M2', 'Measure'), role: 'SUPERVISOR', evidence: [] },
      { agency: ref('A', 'Agency'), measure: ref('M2', 'Measure'), role: 'CO_HANDLER', evidence: [] },
    ]);
    expect(m.agencies.map((a) => a.id)).toEqual(['A', 'B']);
    expect(m.measures.map((x) => x.id)).toEqual(['M2', 'M1']);
    const c = m.cells.get(cellKey('A', 'M1'))!;
    expect(c.roles).toEqual(['LEAD', 'PARTICIPANT']);
    expect(c.evidence).toHaveLength(2);
    expect(m.cells.has(cellKey('B', 'M1'))).toBe(false);
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
