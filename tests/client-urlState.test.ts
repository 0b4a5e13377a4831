import { describe, expect, it } from 'vitest';
import { decodeState, defaultState, encodeState, isDate } from '../client/src/urlState.ts';

describe('URL state', () => {
  it('round-trips explore state with filters, layout and expansions', () => {
    const s = { ...defaultState(), focus: 'agency:湖南省公安厅', expanded: ['x', 'y'], hidden: ['Law'], hiddenRel: ['CITES'], layout: 'concentric' as const, lang: 'en' as const };
    const hash = encodeState(s);
    expect(hash.startsWith('#')).toBe(true);
    expect(decodeState(hash)).toEqual(s);
  });
  it('round-trips path and coordination state', () => {
    const p = { ...defaultState(), mode: 'path' as const, from: 'a&b', to: 'c=d' };
    expect(decodeState(encodeState(p))).toEqual(p);
    const c = { ...defaultState(), mode: 'coordination' as const, dateFrom: '2021', dateTo: '2022-06-30', minShared: 2, sizeBy: 'degree' as const };
    expect(decodeState(encodeState(c))).toEqual(c);
    const r = { ...c, region: '湖南省', kinds: ['CO_ISSUED' as const, 'SUPERVISION' as const], top: 40 };
    expect(decodeState(encodeState(r))).toEqual(r);
    expect(decodeState('#mode=coordination&kinds=CO_ISSUED,EVIL&top=0').kinds).toEqual(['CO_ISSUED']);
    expect(decodeState('#mode=coordination&top=0').top).toBeUndefined();
  });
  it('accepts only dates that exist, as the API does', () => {
    for (const d of ['2022', '2022-01', '2022-12-31', '2024-02-29']) expect(isDate(d), d).toBe(true);
    for (const d of ['2022-13', '2022-00', '2022-02-30', '2023-02-29', '2022-04-31', '2022-1-5', '22', '2022-01-00']) expect(isDate(d), d).toBe(false);
    expect(decodeState('#mode=coordination&dfrom=2022-13&dto=2022-02-30').dateFrom).toBeUndefined();
    expect(decodeState('#mode=coordination&dto=2022-02-30').dateTo).toBeUndefined();
  });
  it('omits state of other modes and defaults', () => {
    const hash = encodeState({ ...defaultState(), mode: 'matrix', focus: 'ignored', from: 'ignored' });
    expect(hash).toBe('#mode=matrix');
  });
  it('falls back to defaults on junk', () => {
    const s = decodeState('#mode=evil&layout=spiral&dfrom=yesterday&min=-3&lang=fr');
    expect(s).toEqual(defaultState());
    expect(decodeState('')).toEqual(defaultState());
  });
});
