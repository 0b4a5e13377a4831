import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginal } from '../ingest/normalize.ts';
import { resolveDate, findDates } from '../ingest/dates.ts';

describe('normalize', () => {
  it('folds half-width punctuation and maps offsets back', () => {
    const s = '省公安厅会同省委网信办,人民银行长沙中心支行(省通管局):出台方案;';
    const nt = normalizeText(s);
    expect(nt.text).toBe('省公安厅会同省委网信办，人民银行长沙中心支行（省通管局）：出台方案；');
    const i = nt.text.indexOf('人民银行');
    const [a, b] = toOriginal(nt, i, i + 4);
    expect(s.slice(a, b)).toBe('人民银行');
  });

  it('removes stray spaces inside names; offsets span the spaced original', () => {
    const s = '湖 南 省 公 安 厅\n\n2021 年 6 月 29 日';
    const nt = normalizeText(s);
    expect(nt.text).toBe('湖南省公安厅\n\n2021年6月29日');
    const [a, b] = toOriginal(nt, 0, 6);
    expect(s.slice(a, b)).toBe('湖 南 省 公 安 厅');
  });

  it('joins a hard-wrapped line inside a sentence but keeps headings and labels', () => {
    const s = '为全面推进反诈工作，2023年4月8日，省协调小\n组组织召开全省金融领域反诈工作调度会议。\n（一）建立机制\n我省出台规定。\n联系单位及承办人：省公安厅刑侦总队吴彦涛\n联系电话：123';
    const nt = normalizeText(s);
    expect(nt.text).toContain('省协调小组组织召开');
    expect(nt.text).toContain('（一）建立机制\n我省');
    expect(nt.text).toContain('吴彦涛\n联系电话');
  });

  it('converts traditional characters one to one', () => {
    const s = '廣東省公安廳會同國務院辦公廳';
    const nt = normalizeText(s);
    expect(nt.text).toBe('广东省公安厅会同国务院办公厅');
    expect(nt.text.length).toBe(s.length);
  });
});

describe('dates', () => {
  it('resolves relative dates against the document date', () => {
    expect(resolveDate('今年4月24日', '2022-05-12')).toBe('2022-04-24');
    expect(resolveDate('5月10日', '2022-05-12')).toBe('2022-05-10');
    expect(resolveDate('去年11月底', '2023-05-25')).toBe('2022-11');
    expect(resolveDate('2021年12月31日', '2022-05-12')).toBe('2021-12-31');
    expect(resolveDate('2020年3月')).toBe('2020-03');
    expect(resolveDate('2016年')).toBe('2016');
    expect(resolveDate('5月10日')).toBeUndefined();
  });
  it('finds all dates with offsets', () => {
    const t = '今年3月15日，省公安厅召开推进会；2022年，出台意见。';
    const ds = findDates(t, '2023-06-20');
    expect(ds.map((d) => d.value)).toEqual(['2023-03-15', '2022']);
    expect(t.slice(ds[0]!.start, ds[0]!.end)).toBe('今年3月15日');
  });
});
