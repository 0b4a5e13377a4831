import { describe, expect, it } from 'vitest';
import { decodeState, defaultState, encodeState } from '../client/src/urlState.ts';

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
