// Stage tests on real-style sentences, including documents written in the style of other
// provinces (a 广东 CPPCC reply, a 浙江 congress newsletter, a 长沙 city reply).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractDocument, makeDoc, STAGES } from '../ingest/pipeline/index.ts';
import { scopeAgency } from '../ingest/pipeline/resolve.ts';
import { LEXICON, PROVINCE_BY_ABBR } from '../ingest/lexicon.ts';
import { mergeGraphs } from '../ingest/merge-graphs.ts';
import type { Graph } from '../ingest/model.ts';

function run(text: string, id = 'doc') {
  return extractDocument({ id, source: `${id}.txt`, sha256: '0'.repeat(64), text });
}
function names(g: Graph, type: string): string[] {
  return g.nodes.filter((n) => n.type === type).map((n) => n.name);
}
function rels(g: Graph): string[] {
  const nm = new Map(g.nodes.map((n) => [n.id, n.name]));
  return g.edges.map((e) => `${e.type} ${nm.get(e.source)} -> ${nm.get(e.target)}`);
}
/** The mention stage's findings: type and name as written (before resolution). */
function ents(s: string) {
  const doc = makeDoc({ id: 'x', source: 'x.txt', sha256: '', text: s });
  for (const stage of STAGES.slice(0, 2)) stage.run(doc);
  return doc.mentions.map((m) => `${m.type}:${m.canonical ?? m.name}`);
}
/** The structure stage's metadata. */
function metadata(s: string) {
  const doc = makeDoc({ id: 'x', source: 'x.txt', sha256: '', text: s });
  STAGES[0]!.run(doc);
  return doc.meta;
}
const canonicalAgencyName = (name: string, region: { province?: string; city?: string }) => scopeAgency(name, region).name;
const fixture = (f: string) => readFileSync(`tests/fixtures/ingest/${f}`, 'utf8');

describe('lexicon', () => {
  it('expands compressed lists and knows abbreviations', () => {
    expect(LEXICON.get('中农工建交')?.expand).toEqual(['中国银行', '中国农业银行', '中国工商银行', '中国建设银行', '交通银行']);
    expect(LEXICON.get('两高')?.expand).toEqual(['最高人民法院', '最高人民检察院']);
    expect(LEXICON.get('国办')?.name).toBe('国务院办公厅');
    expect(LEXICON.get('中办')?.name).toBe('中央办公厅');
    expect(LEXICON.get('反诈法')?.name).toBe('中华人民共和国反电信网络诈骗法');
    expect(PROVINCE_BY_ABBR.get('粤')?.short).toBe('广东');
    expect(PROVINCE_BY_ABBR.get('湘')?.short).toBe('湖南');
  });
});

describe('entities', () => {
  it('finds agencies by prefix + body suffix, not generic collectives', () => {
    const e = ents('省公安厅会同省委网信办、人民银行长沙中心支行、省通管局等出台方案，各市州、有关部门和金融机构积极配合。');
    expect(e).toContain('Agency:省公安厅');
    expect(e).toContain('Agency:省委网信办');
    expect(e).toContain('Agency:人民银行长沙中心支行');
    expect(e).toContain('Agency:省通管局');
    expect(e.join()).not.toMatch(/各市州|有关部门|金融机构/);
  });

  it('classifies 《》 titles by their ending and quoted names by their suffix', () => {
    const e = ents('省教育厅组织在大学开设《思想道德修养与法律基础》课程，印发《关于加强校园反诈工作的通知》，开展“清朗”专项行动，完善“三清单一考核”制度，推广“国家反诈中心”APP。');
    expect(e).toContain('Measure:思想道德修养与法律基础');
    expect(e).toContain('Law:关于加强校园反诈工作的通知');
    expect(e).toContain('Campaign:清朗');
    expect(e).toContain('Measure:三清单一考核');
    expect(e).toContain('Measure:国家反诈中心APP');
  });

  it('finds sessions, officials and proposals', () => {
    const e = ents('李定珍委员：\n您提出的第0500号提案收悉。市政协十届二次会议期间，副省长、省公安厅厅长王一鸥出席会议，毛伟明省长召开专题会议。');
    expect(e).toContain('Official:李定珍');
    expect(e).toContain('Proposal:第0500号提案');
    expect(e).toContain('Meeting:市政协十届二次会议');
    expect(e).toContain('Official:王一鸥');
    expect(e).toContain('Official:毛伟明');
    expect(e).toContain('Meeting:专题会议');
  });

  it('expands 中农工建交 and the operators list', () => {
    const g = run('湖南省公安厅\n\n省反诈中心已协调“中农工建交”等主要商业银行以及电信、移动、联通三大运营商派人入驻。\n');
    const a = names(g, 'Agency');
    for (const b of ['中国银行', '中国农业银行', '中国工商银行', '中国建设银行', '交通银行', '中国电信', '中国移动', '中国联通']) expect(a).toContain(b);
  });
});

describe('resolution and scoping', () => {
  it('scopes short names by the author province / city', () => {
    expect(canonicalAgencyName('省公安厅', { province: '湖南省' })).toBe('湖南省公安厅');
    expect(canonicalAgencyName('省公安厅', { province: '广东省' })).toBe('广东省公安厅');
    expect(canonicalAgencyName('市公安局', { province: '湖南省', city: '长沙市' })).toBe('长沙市公安局');
    expect(canonicalAgencyName('省通管局', { province: '湖南省' })).toBe('湖南省通信管理局');
    expect(canonicalAgencyName('公安部', { province: '湖南省' })).toBe('公安部');
    // a level the region does not know is left unscoped, never guessed
    expect(scopeAgency('市公安局', { province: '湖南省' })).toEqual({ name: '市公安局', scoped: false });
  });

  it('merges the same body across documents into one node with all surface forms', () => {
    const a = run('湖 南 省 公 安 厅\n\n湘公建议复字〔2022〕1号\n\n省公安厅召开新闻发布会。\n', 'a');
    const b = run('湖南省公安厅\n\n湘公建议复字〔2022〕2号\n\n我厅联合省教育厅开展宣传。\n\n湖南省公安厅\n2022年5月1日\n', 'b');
    const g = mergeGraphs([b, a]);
    const n = g.nodes.find((x) => x.id === 'Agency:湖南省公安厅')!;
    expect(new Set(n.mentions.map((m) => m.document))).toEqual(new Set(['a', 'b']));
    expect(n.aliases).toContain('省公安厅');
    expect(n.aliases).toContain('湖 南 省 公 安 厅');
    expect(JSON.stringify(mergeGraphs([a, b]))).toBe(JSON.stringify(g));
  });
});

describe('a 广东 CPPCC reply (unseen province, genre 提案)', () => {
  const text = fixture('guangdong-proposal-reply.txt');
  const g = run(text, 'gd');
  it('reads metadata', () => {
    const d = g.documents[0]!;
    expect(d).toMatchObject({ author: '广东省公安厅', number: '粤公提案复字〔2023〕15号', date: '2023-06-20', genre: 'reply_to_proposal', addressees: ['陈明华'] });
    expect(d.answers?.number).toBe('第20230123号提案');
  });
  it('scopes to 广东 and finds the relations', () => {
    const r = rels(g);
    expect(names(g, 'Agency')).toContain('广东省委网信办');
    expect(r).toContain('PROPOSED 陈明华 -> 第20230123号提案');
    expect(r).toContain('LEADS 广东省公安厅 -> 第20230123号提案');
    expect(r).toContain('CO_HANDLES 广东省委网信办 -> 第20230123号提案');
    expect(r).toContain('ISSUED 广东省公安厅 -> 广东省办理电信网络诈骗案件若干问题的指导意见');
    expect(r).toContain('CO_HANDLES 广东省高级人民法院 -> 广东省办理电信网络诈骗案件若干问题的指导意见');
    expect(r).toContain('LEADS 广东省公安厅 -> 全省反诈工作推进会');
    expect(r).toContain('PARTICIPATES_IN 王志忠 -> 全省反诈工作推进会');
    expect(r).toContain('HOLDS_POST 王志忠 -> 广东省公安厅');
    expect(r).toContain('PARTICIPATES_IN 广州市公安局 -> 云剑');
    expect(r).toContain('SUPERVISES 广东省委宣传部 -> 南方日报');
    expect(r).toContain('LEADS 广东省反诈中心 -> 涉诈资金紧急冻结止付机制');
    expect(r).toContain('CITES 广东省公安厅 -> 中华人民共和国反电信网络诈骗法');
    const meeting = g.nodes.find((n) => n.name === '全省反诈工作推进会')!;
    expect(meeting.props.date).toBe('2023-03-15');
  });
  it('gives the same facts with half-width punctuation, spaced names and traditional characters', () => {
    const variant = text
      .replace(/，/g, ',')
      .replace(/：/g, ':')
      .replace('省委宣传部指导南方日报', '省 委 宣 传 部指導南方日報')
      .replace('省公安厅召开全省反诈工作推进会', '省公安廳召開全省反詐工作推進會');
    const g2 = run(variant, 'gd2');
    const r = rels(g2);
    expect(r).toContain('SUPERVISES 广东省委宣传部 -> 南方日报');
    expect(r).toContain('LEADS 广东省公安厅 -> 全省反诈工作推进会');
    expect(r).toContain('CO_HANDLES 广东省委网信办 -> 第20230123号提案');
    for (const e of g2.edges) for (const ev of e.evidence) expect(variant.slice(ev.start, ev.end)).toBe(ev.quote);
    for (const n of g2.nodes) for (const m of n.mentions) expect(m.end).toBeGreaterThan(m.start);
    expect(g2.nodes.find((n) => n.name === '广东省委宣传部')!.aliases).toContain('省 委 宣 传 部');
  });
});

describe('a 浙江 congress newsletter', () => {
  const g = run(fixture('zhejiang-newsletter.txt'), 'zj');
  it('reads genre, author and date', () => {
    expect(g.documents[0]).toMatchObject({ genre: 'congress_newsletter', author: '浙江省人大常委会办公厅', date: '2023-05-10' });
  });
  it('finds officials with posts and supervision', () => {
    const r = rels(g);
    expect(r).toContain('HOLDS_POST 李卫宁 -> 浙江省人大常委会');
    expect(r).toContain('SUPERVISES 浙江省人大监察和司法委员会 -> 浙江省通信管理局');
    expect(names(g, 'Official')).toEqual(expect.arrayContaining(['李卫宁', '张建']));
    expect(names(g, 'Official')).not.toContain('常务');
  });
});

describe('a 长沙 city-level reply', () => {
  const g = run(fixture('changsha-reply.txt'), 'cs');
  it('scopes 市 names to the city', () => {
    expect(g.documents[0]!.author).toBe('长沙市公安局');
    const a = names(g, 'Agency');
    expect(a).toEqual(expect.arrayContaining(['长沙市公安局', '长沙市委宣传部', '长沙市教育局', '长沙市反诈中心', '天心区公安分局']));
  });
  it('finds relations with carried subjects', () => {
    const r = rels(g);
    expect(r).toContain('PROPOSED 刘芳 -> 第0056号建议');
    expect(r).toContain('CO_HANDLES 长沙市教育局 -> 第0056号建议');
    expect(r).toContain('ISSUED 长沙市公安局 -> 长沙市反诈宣传进社区工作方案');
    expect(r).toContain('LEADS 长沙市反诈中心 -> 全市反诈宣传工作部署会');
    expect(r).toContain('PARTICIPATES_IN 天心区公安分局 -> 长城');
    expect(g.nodes.find((n) => n.name === '全市反诈宣传工作部署会')!.props.date).toBe('2022-05-10');
  });
});

describe('metadata', () => {
  it('reads a news report header', () => {
    const m = metadata('打击电信网络诈骗，省人大常委会出台了这份决议\n\n来源：湖南人大融媒体中心 作者：彭团 2022-09-26 21:00:32\n正文。');
    expect(m.genre).toBe('news_report');
    expect(m.date).toBe('2022-09-26');
    expect(m.title).toBe('打击电信网络诈骗，省人大常委会出台了这份决议');
  });
});

describe('supervision visits', () => {
  it('a committee that goes to an agency to 督办 supervises that agency', () => {
    const g = run(
      '广东省人大常委会关于重点处理建议督办情况的报告\n\n2023年3月8日，省人大常委会副主任李明率省人大监察和司法委员会赴省公安厅开展现场督办，听取工作汇报。\n',
      'gd-visit',
    );
    expect(rels(g)).toContain('SUPERVISES 广东省人大监察和司法委员会 -> 广东省公安厅');
    const e = g.edges.find((x) => x.type === 'SUPERVISES')!;
    expect(e.evidence[0]!.quote).toContain('督办');
  });
});
