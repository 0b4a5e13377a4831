import { describe, it, expect } from 'vitest';
import { allPlaces, placeAt, placesNamed, provinceNamed } from '../ingest/gazetteer.ts';

/** placeAt at the start of `text`, as the fields the tests compare. */
function at(text: string, i = 0) {
  const r = placeAt(text, i);
  if (!r) return undefined;
  const { code, name, short, level, province, city } = r.place;
  return { code, name, short, level, province, city, end: r.end, full: r.full };
}

describe('gazetteer: full names in sentences', () => {
  it('a district of a prefecture-level city', () => {
    expect(at('顺德区人大常委会法工委')).toEqual({
      code: '440606', name: '顺德区', short: '顺德', level: 'county', province: '广东省', city: '佛山市', end: 3, full: true,
    });
  });

  it('an autonomous prefecture (ethnic part stripped from the short form)', () => {
    expect(at('甘南藏族自治州公安局')).toEqual({
      code: '623000', name: '甘南藏族自治州', short: '甘南', level: 'city', province: '甘肃省', city: undefined, end: 7, full: true,
    });
  });

  it('a prefecture-level city in an autonomous region', () => {
    expect(at('鄂尔多斯市人大常委会')).toEqual({
      code: '150600', name: '鄂尔多斯市', short: '鄂尔多斯', level: 'city', province: '内蒙古自治区', city: undefined, end: 5, full: true,
    });
  });

  it('a two-character county keeps its full name as short and has no one-character form', () => {
    expect(at('沛县人民法院')).toEqual({
      code: '320322', name: '沛县', short: '沛县', level: 'county', province: '江苏省', city: '徐州市', end: 2, full: true,
    });
    expect(placesNamed('沛')).toEqual([]);
    expect(placeAt('沛公', 0)).toBeUndefined();
  });

  it('a county-level city directly under its province has no city', () => {
    expect(at('仙桃市委')).toEqual({
      code: '429004', name: '仙桃市', short: '仙桃', level: 'county', province: '湖北省', city: undefined, end: 3, full: true,
    });
  });

  it('a prefecture-level city, a province and an autonomous region', () => {
    expect(at('泉州市公安局')).toMatchObject({ code: '350500', name: '泉州市', level: 'city', province: '福建省', end: 3, full: true });
    expect(at('陕西省人大常委会')).toMatchObject({ code: '610000', name: '陕西省', level: 'province', province: '陕西省', end: 3, full: true });
    expect(at('内蒙古自治区')).toMatchObject({ code: '150000', name: '内蒙古自治区', short: '内蒙古', level: 'province', end: 6, full: true });
  });

  it('counties of a municipality have the municipality as city', () => {
    expect(at('海淀区法院')).toMatchObject({ code: '110108', level: 'county', province: '北京市', city: '北京市', end: 3 });
    expect(at('忠县')).toMatchObject({ code: '500233', province: '重庆市', city: '重庆市' });
  });

  it('finds a place in the middle of a text and reports its end', () => {
    const t = '广东省佛山市顺德区人民法院';
    expect(at(t, 3)).toMatchObject({ name: '佛山市', end: 6, full: true });
    expect(at(t, 6)).toMatchObject({ name: '顺德区', end: 9, full: true });
    expect(placeAt(t, 9)).toBeUndefined();
  });
});

describe('gazetteer: short forms', () => {
  it('matches short forms, with full = false', () => {
    expect(at('顺德警方')).toMatchObject({ name: '顺德区', city: '佛山市', end: 2, full: false });
    expect(at('泉州警方')).toMatchObject({ name: '泉州市', level: 'city', end: 2, full: false });
    expect(at('湖南警方')).toMatchObject({ name: '湖南省', level: 'province', end: 2, full: false });
    expect(at('甘南州')).toMatchObject({ name: '甘南藏族自治州', end: 2, full: false });
  });

  it('prefers the longer full name over its short form at the same position', () => {
    expect(at('顺德区')).toMatchObject({ name: '顺德区', end: 3, full: true });
    expect(at('巴音郭楞蒙古自治州')).toMatchObject({ short: '巴音郭楞', end: 9, full: true });
    expect(at('巴音郭楞州')).toMatchObject({ name: '巴音郭楞蒙古自治州', end: 4, full: false });
  });

  it('province short forms strip 省/市/自治区 and the nationality', () => {
    const short = (n: string) => placesNamed(n).find((p) => p.level === 'province')?.short;
    expect(short('广西壮族自治区')).toBe('广西');
    expect(short('宁夏回族自治区')).toBe('宁夏');
    expect(short('新疆维吾尔自治区')).toBe('新疆');
    expect(short('西藏自治区')).toBe('西藏');
    expect(short('北京市')).toBe('北京');
    expect(short('香港特别行政区')).toBe('香港');
    expect(short('澳门特别行政区')).toBe('澳门');
  });

  it('an ambiguous short form lists every place in code order; placeAt takes the higher level', () => {
    expect(placesNamed('朝阳').map((p) => [p.code, p.name, p.level])).toEqual([
      ['110105', '朝阳区', 'county'],
      ['211300', '朝阳市', 'city'],
      ['211321', '朝阳县', 'county'],
      ['220104', '朝阳区', 'county'],
    ]);
    expect(at('朝阳群众')).toMatchObject({ name: '朝阳市', level: 'city', full: false });
    // 河南 is the province's short form and 河南蒙古族自治县's.
    expect(placesNamed('河南').map((p) => p.name)).toEqual(['河南省', '河南蒙古族自治县']);
    expect(at('河南省')).toMatchObject({ name: '河南省', end: 3, full: true });
    expect(at('河南警方')).toMatchObject({ name: '河南省', end: 2, full: false });
  });

  it('an ambiguous full name lists every place of that name', () => {
    const gulou = placesNamed('鼓楼区');
    expect(gulou.length).toBeGreaterThanOrEqual(4);
    expect(gulou.every((p) => p.name === '鼓楼区' && p.level === 'county')).toBe(true);
    expect(new Set(gulou.map((p) => p.city)).size).toBe(gulou.length);
  });
});

describe('gazetteer: common words give no bogus short forms', () => {
  it('城区 is only the full name of real districts, and 新区管委会 is no place', () => {
    const chengqu = placesNamed('城区');
    expect(chengqu.map((p) => `${p.city}${p.name}`)).toEqual(['阳泉市城区', '晋城市城区', '汕尾市城区']);
    expect(chengqu.every((p) => p.short === '城区')).toBe(true);
    expect(at('城区交通')).toMatchObject({ name: '城区', full: true, end: 2 });
    expect(placeAt('新区管委会', 0)).toBeUndefined();
    expect(placesNamed('新区')).toEqual([]);
    expect(placesNamed('城')).toEqual([]);
  });

  it('short forms made of generic characters are not emitted', () => {
    // 新城区, 市中区, 城关区, 东城区: only the full names match.
    for (const [name, word] of [['新城区', '新城'], ['市中区', '市中'], ['城关区', '城关'], ['东城区', '东城'], ['港口区', '港口']]) {
      expect(placesNamed(name!).length).toBeGreaterThan(0);
      expect(placesNamed(name!).every((p) => p.short === name)).toBe(true);
      expect(placesNamed(word!)).toEqual([]);
    }
    expect(placeAt('新城建设', 0)).toBeUndefined();
  });

  it('county short forms that are everyday words are not emitted (公安县, 平安区)', () => {
    expect(placeAt('公安局', 0)).toBeUndefined();
    expect(placeAt('平安建设', 0)).toBeUndefined();
    expect(at('公安县公安局')).toMatchObject({ name: '公安县', province: '湖北省', city: '荆州市', end: 3, full: true });
    expect(placesNamed('公安').length).toBe(0);
  });

  it('short forms that end in 区/县 stay full', () => {
    expect(placesNamed('梅县区')).toHaveLength(1);
    expect(placesNamed('梅县区')[0]!.short).toBe('梅县区');
    expect(placesNamed('梅县')).toEqual([]);
  });

  it('compound suffixes: 新区, 矿区, 林区, 特区 strip only when two characters remain', () => {
    expect(placesNamed('浦东新区')[0]!.short).toBe('浦东');
    expect(placesNamed('清新区')[0]!.short).toBe('清新区'); // 清新 + 区, and 清新 is a word
    expect(placesNamed('神农架林区')[0]).toMatchObject({ short: '神农架', province: '湖北省' });
    expect(placesNamed('神农架林区')[0]!.city).toBeUndefined();
    expect(placesNamed('万柏林区')[0]!.short).toBe('万柏林'); // a district named 万柏林, not a 林区
    expect(placesNamed('六枝特区')[0]!.short).toBe('六枝');
    expect(placesNamed('峰峰矿区')[0]!.short).toBe('峰峰');
  });

  it('autonomous names that are only a nationality keep their full name', () => {
    expect(placesNamed('鄂伦春自治旗')[0]!.short).toBe('鄂伦春自治旗');
    expect(placesNamed('东乡族自治县')[0]!.short).toBe('东乡族自治县');
    expect(placesNamed('鄂伦春')).toEqual([]);
    expect(placesNamed('积石山保安族东乡族撒拉族自治县')[0]!.short).toBe('积石山');
  });
});

describe('gazetteer: provinces and coverage', () => {
  it('provinceNamed by short and full name', () => {
    expect(provinceNamed('湖南')).toMatchObject({ code: '430000', name: '湖南省', level: 'province' });
    expect(provinceNamed('湖南省')).toBe(provinceNamed('湖南'));
    expect(provinceNamed('内蒙古')?.name).toBe('内蒙古自治区');
    expect(provinceNamed('香港')?.code).toBe('810000');
    expect(provinceNamed('长沙')).toBeUndefined();
    expect(provinceNamed('长沙市')).toBeUndefined();
  });

  it('has every province, prefecture-level city and county-level unit once, in code order', () => {
    const ps = allPlaces();
    const count = (l: string) => ps.filter((p) => p.level === l).length;
    expect(count('province')).toBe(34);
    expect(count('city')).toBe(333);
    expect(count('county')).toBe(2851);
    expect(new Set(ps.map((p) => p.code)).size).toBe(ps.length);
    expect(ps.every((p) => /^\d{6}$/.test(p.code))).toBe(true);
    expect(ps.map((p) => p.code)).toEqual(ps.map((p) => p.code).sort());
    // Groupings (市辖区, 省直辖县级行政区划) and statistical zones (开发区) are not places.
    expect(placesNamed('市辖区')).toEqual([]);
    expect(placesNamed('省直辖县级行政区划')).toEqual([]);
    expect(ps.some((p) => p.name.includes('开发区'))).toBe(false);
    // A city without counties (东莞市) is there once, as a city.
    expect(placesNamed('东莞市').map((p) => p.level)).toEqual(['city']);
  });

  it('every county lies in a province, and in a city unless directly under its province', () => {
    const counties = allPlaces().filter((p) => p.level === 'county');
    expect(counties.every((p) => provinceNamed(p.province)?.name === p.province)).toBe(true);
    const direct = counties.filter((p) => p.city === undefined).map((p) => p.name);
    expect(direct).toContain('仙桃市');
    expect(direct).toContain('济源市');
    expect(direct).toContain('石河子市');
    expect(direct).not.toContain('顺德区');
  });
});
