import { describe, expect, it } from 'vitest';
import { locateQuote, segmentText } from '../client/src/segmentText.ts';

const text = '省公安厅牵头，省教育厅配合开展“断卡”行动。';

describe('segmentText', () => {
  it('covers the whole text exactly once', () => {
    const segs = segmentText(text, [
      { start: 0, end: 4, kind: 'Agency', label: '湖南省公安厅' },
      { start: 0, end: 22, kind: 'LEADS', label: 'a → b' },
      { start: 7, end: 11, kind: 'Agency', label: '湖南省教育厅' },
    ], { start: 7, end: 11 });
    expect(segs.map((s) => s.text).join('')).toBe(text);
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
    const focus = segs.filter((s) => s.focus);
    expect(focus.map((s) => s.text).join('')).toBe('省教育厅');
    expect(segs[0]!.kinds).toEqual(['Agency', 'LEADS']);
  });
  it('ignores empty and out-of-range spans', () => {
    const segs = segmentText('abc', [{ start: 2, end: 2, kind: 'x', label: '' }, { start: -5, end: 99, kind: 'y', label: '' }]);
    expect(segs).toEqual([{ start: 0, end: 3, text: 'abc', kinds: ['y'], labels: [''], focus: false }]);
  });
  it('returns plain text without spans', () => {
    expect(segmentText(text, [])).toHaveLength(1);
  });
});

describe('locateQuote', () => {
  it('trusts matching offsets and otherwise finds the nearest occurrence', () => {
    expect(locateQuote(text, '省教育厅', 7, 11)).toEqual({ start: 7, end: 11 });
    expect(locateQuote(text, '省教育厅', 0, 4)).toEqual({ start: 7, end: 11 });
    expect(locateQuote(text, '不存在', 0, 3)).toBeNull();
  });
});
