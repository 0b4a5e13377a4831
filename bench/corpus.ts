// Synthetic national corpus for the benchmarks: N documents recombined from the sample corpus
// (corpus/*.txt) with provinces, cities, agencies, campaigns, officials, numbers and dates substituted,
// so the graph grows the way a real multi-province corpus would. Deterministic for a given seed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPlaces } from '../ingest/gazetteer.ts';

interface Province {
  name: string;
  short: string;
  abbr: string;
  capital: string;
}

const places = JSON.parse(readFileSync(new URL('../ingest/lexicon/places.json', import.meta.url), 'utf8')) as {
  provinces: Province[];
};
/** Prefecture-level cities of a province by short name (长沙, 株洲 …), from the GB/T 2260 gazetteer, in code order. */
const CITIES: Record<string, string[]> = Object.fromEntries(
  places.provinces.map((p) => [p.short, allPlaces().filter((c) => c.level === 'city' && c.province === p.name).map((c) => c.short)]),
);

/** Provinces named …省 with a city list: "省公安厅", "省委" and the like read naturally for all of them. */
const TARGETS = places.provinces.filter((p) => p.name.endsWith('省') && (CITIES[p.short]?.length ?? 0) >= 2);
const HUNAN_CITIES = [...CITIES['湖南']!].sort((a, b) => b.length - a.length);

// One seeded generator for the project: the API seeds Louvain with it, the generator its choices.
import { seededRandom as mulberry32 } from '../server/graph-metrics.ts';
export { mulberry32 };

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

// Official names: a deterministic pool; leaders are fixed per province, everyone else varies per document.
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红志新兵辉林玉萍鹏飞宇晨浩然思远文博宏亮海波春梅东升凯琳彬斌锋毅峰婷雪莉晓光永德学荣俊丹宁瑞祥庆松岩';

function officialPool(rng: Rng, n: number): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    const s = pick(rng, [...SURNAMES]);
    const g = rng() < 0.6 ? pick(rng, [...GIVEN]) + pick(rng, [...GIVEN]) : pick(rng, [...GIVEN]);
    if (g[0] !== g[1]) out.add(s + g);
  }
  return [...out];
}

/** Leaders named in the samples (party secretary, governor, congress vice-chair, deputy governor …): one per province. */
const LEADERS = ['张庆伟', '毛伟明', '周农', '许显辉', '王一鸥', '龙朝阳'];
/** Deputies, members and staff named in the samples: a fresh name per document. */
const OTHERS = ['黄乐', '叶剑芝', '杨书林', '吴彦涛', '李定珍', '欧琳', '周巧云', '朱平波', '王安华'];

/** Provincial departments that can stand in for each other in a sentence (all recognised as 省…厅/局/委). */
const DEPARTMENTS = ['省教育厅', '省司法厅', '省民政厅', '省财政厅', '省商务厅', '省文化和旅游厅', '省卫生健康委', '省人力资源和社会保障厅', '省交通运输厅', '省农业农村厅', '省广电局', '省市场监管局', '省税务局', '省统计局', '省科技厅', '省工业和信息化厅'];
const SWAPPABLE = ['省教育厅', '省司法厅', '省广电局', '省财政厅'];
/** National campaigns of the lexicon (quoted), swapped among themselves. */
const CAMPAIGNS = ['云剑', '断卡', '断流', '510', '拔钉', '长城', '净网', '昆仑', '猎狐', '清朗', '雷霆'];

interface Template {
  name: string;
  head: string[];
  body: string[];
  foot: string[];
  family: 'reply' | 'congress';
}

/** Header and signature line counts of each sample (non-empty lines); the middle is recombinable body. */
const SHAPE: Record<string, { head: number; foot: number; family: 'reply' | 'congress' }> = {
  '000': { head: 6, foot: 6, family: 'reply' },
  '001': { head: 6, foot: 2, family: 'reply' },
  '002': { head: 5, foot: 3, family: 'reply' },
  '003': { head: 6, foot: 6, family: 'congress' },
  '004': { head: 8, foot: 3, family: 'congress' },
};

function loadTemplates(dir: string): Template[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const lines = readFileSync(join(dir, f), 'utf8').split(/\r?\n/).filter((l) => l.trim());
      const shape = SHAPE[f.slice(0, 3)] ?? { head: 5, foot: 3, family: 'congress' as const };
      return {
        name: f,
        head: lines.slice(0, shape.head),
        body: lines.slice(shape.head, lines.length - shape.foot),
        foot: lines.slice(lines.length - shape.foot),
        family: shape.family,
      };
    });
}

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pass over the text with a longest-first alternation, so a replacement is never replaced again. */
function replaceAll(text: string, map: Map<string, string>): string {
  if (map.size === 0) return text;
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(keys.map(escapeRe).join('|'), 'g');
  return text.replace(re, (m) => map.get(m) ?? m);
}

export interface GenerateOptions {
  count: number;
  seed?: number;
  outDir: string;
  sampleDir?: string;
}

export interface CorpusInfo {
  dir: string;
  files: string[];
  chars: number;
  bytes: number;
  provinces: number;
}

function makeDocument(i: number, seed: number, templates: Template[], leaderPools: Map<string, string[]>, namePool: string[]): { text: string; province: Province } {
  const rng = mulberry32(seed * 1_000_003 + i);
  const P = TARGETS[Math.floor(rng() * TARGETS.length)]!;
  const t = pick(rng, templates);
  const sameFamily = templates.filter((x) => x.family === t.family && x !== t);

  // body: the template's paragraphs, some dropped, plus a few paragraphs from its family
  const body = t.body.filter(() => rng() > 0.2);
  const extra = int(rng, 0, 4);
  for (let k = 0; k < extra && sameFamily.length; k++) {
    const src = pick(rng, sameFamily);
    const para = pick(rng, src.body);
    body.splice(int(rng, 0, body.length), 0, para);
  }
  let text = [...t.head, '', ...body, '', ...t.foot].join('\n') + '\n';

  // places: 湖南 → P, 湘 → P.abbr, Hunan cities → cities of P (capital → capital)
  const cities = CITIES[P.short]!.filter((c) => c !== P.capital);
  const map = new Map<string, string>([
    ['潇湘晨报', `${P.short}晨报`],
    ['华融湘江银行', `${P.short}农村商业银行`],
    ['三湘', P.short],
    ['湖南', P.short],
    // letterhead lines are letter-spaced: 湖 南 省 公 安 厅
    ['湖 南', [...P.short].join(' ')],
    ['长沙', P.capital],
    ['0731', String(int(rng, 200, 999)).padStart(4, '0')],
  ]);
  for (const c of HUNAN_CITIES) if (!map.has(c)) map.set(c, pick(rng, cities.length ? cities : [P.capital]));
  map.set('湘', P.abbr);

  // officials
  const leaders = leaderPools.get(P.short)!;
  LEADERS.forEach((n, k) => map.set(n, leaders[k]!));
  for (const n of OTHERS) map.set(n, pick(rng, namePool));

  // agencies and campaigns
  const depts = [...DEPARTMENTS];
  for (const d of SWAPPABLE) {
    if (rng() < 0.5) {
      const k = Math.floor(rng() * depts.length);
      map.set(d, depts.splice(k, 1)[0]!);
    }
  }
  const camps = [...CAMPAIGNS];
  for (const c of CAMPAIGNS) {
    if (rng() < 0.4) map.set(`“${c}”`, `“${camps.splice(Math.floor(rng() * camps.length), 1)[0]!}”`);
  }
  text = replaceAll(text, map);

  // numbers: proposal numbers, document numbers
  const numMap = new Map<string, string>();
  text = text.replace(/第(\d{4})号/g, (_m, n: string) => {
    if (!numMap.has(n)) numMap.set(n, String(int(rng, 1, 1999)).padStart(4, '0'));
    return `第${numMap.get(n)}号`;
  });
  text = text.replace(/〕(\d{1,3})号/g, () => `〕${int(rng, 1, 300)}号`);

  // dates: shift every year by the same delta; full dates also get a month/day shift
  const dy = int(rng, -3, 2);
  const dm = int(rng, -2, 2);
  const dd = int(rng, -9, 9);
  const year = (y: string) => String(Number(y) + dy);
  text = text.replace(/((?:19|20)\d{2})(\s*年\s*)(\d{1,2})(\s*月\s*)(\d{1,2})(\s*日)/g, (_m, y: string, a: string, mo: string, b: string, d: string, c: string) => {
    const m2 = Math.min(12, Math.max(1, Number(mo) + dm));
    const d2 = Math.min(28, Math.max(1, Number(d) + dd));
    return `${y}${a}${m2}${b}${d2}${c}`;
  });
  text = text.replace(/((?:19|20)\d{2})(?=\s*年|〕|-\d{1,2}-\d{1,2})/g, (y: string) => year(y));
  return { text, province: P };
}

/** Writes the corpus unless the same one (count, seed, samples) is already there. */
export function generateCorpus(opts: GenerateOptions): CorpusInfo {
  const seed = opts.seed ?? 20240607;
  const sampleDir = opts.sampleDir ?? 'corpus';
  const templates = loadTemplates(sampleDir);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ count: opts.count, seed, v: 3 }))
    .update(templates.map((t) => [...t.head, ...t.body, ...t.foot].join('\n')).join('\f'))
    .digest('hex');
  const manifestPath = join(opts.outDir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusInfo & { fingerprint: string };
    if (m.fingerprint === fingerprint && m.files.every((f) => existsSync(f))) return m;
  }
  rmSync(opts.outDir, { recursive: true, force: true });
  mkdirSync(opts.outDir, { recursive: true });
  const poolRng = mulberry32(seed);
  const leaderPools = new Map(TARGETS.map((p) => [p.short, officialPool(poolRng, LEADERS.length)]));
  const namePool = officialPool(poolRng, 3000);
  const files: string[] = [];
  let chars = 0;
  let bytes = 0;
  const provinces = new Set<string>();
  for (let i = 0; i < opts.count; i++) {
    const { text, province } = makeDocument(i, seed, templates, leaderPools, namePool);
    const buf = Buffer.from(text, 'utf8');
    const file = join(opts.outDir, `${String(i).padStart(5, '0')}_${createHash('sha256').update(buf).digest('hex').slice(0, 12)}.txt`);
    writeFileSync(file, buf);
    files.push(file);
    chars += text.length;
    bytes += buf.length;
    provinces.add(province.short);
  }
  const info: CorpusInfo = { dir: opts.outDir, files, chars, bytes, provinces: provinces.size };
  writeFileSync(manifestPath, JSON.stringify({ ...info, fingerprint }));
  return info;
}

// `node --import tsx bench/corpus.ts [count] [outDir]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 10_000);
  const info = generateCorpus({ count, outDir: process.argv[3] ?? 'bench/out/corpus' });
  console.log(`${info.files.length} documents, ${info.chars} characters, ${info.provinces} provinces in ${info.dir}`);
}
