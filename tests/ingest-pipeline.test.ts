// The staged extraction pipeline (ingest/pipeline/) on hand-written documents of other provinces
// and genres: each stage on its own, then whole documents.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../ingest/model.ts';
import { extractDocument, makeDoc, STAGES } from '../ingest/pipeline/index.ts';
import { mergeGraphs } from '../ingest/merge-graphs.ts';
import { splitSentences } from '../ingest/pipeline/structure.ts';

function run(text: string, id = 'doc') {
  const doc = makeDoc({ id, source: `${id}.txt`, sha256: '0'.repeat(64), text });
  for (const s of STAGES) s.run(doc);
  return doc;
}
const extract = (text: string, id = 'doc'): Graph => extractDocument({ id, source: `${id}.txt`, sha256: '0'.repeat(64), text });
const node = (g: Graph, type: string, name: string) => g.nodes.find((n) => n.type === type && n.name === name);
const edge = (g: Graph, type: string, source: string, target: string) =>
  g.edges.find((e) => e.type === type && g.nodes.find((n) => n.id === e.source)?.name === source && g.nodes.find((n) => n.id === e.target)?.name === target);

const reply = (city: string, no: string) => `${city}公安局
${city.slice(0, 2)}公复〔2023〕${no}号
关于市七届人大二次会议第${no}号建议的答复
王明代表：
您提出的第${no}号建议《关于加强反诈宣传的建议》收悉。我局高度重视，会同市委网信办认真研究，现答复如下：
一、市公安局牵头开展“断卡”行动，推进预警劝阻工作。
${city}公安局
2023年6月1日
`;

describe('structure stage', () => {
  it('reads the header table: title, number, author and date, never a date quoted in the body', () => {
    const text = `- 索 引 号:QZ08913-0100-2021-00008
- 备注/文号:惠东桥政〔2021〕44号
- 发布机构:东桥镇人民政府
- 公文生成日期:2021-11-17
关于开展“无诈小区”创建活动的通知
各村党支部：
根据2020年3月5日印发的《关于全县开展创建活动的通知》精神，在全镇开展创建活动。`;
    const doc = run(text);
    expect(doc.meta).toMatchObject({ number: '惠东桥政〔2021〕44号', author: '东桥镇人民政府', date: '2021-11-17', genre: 'notice' });
    expect(doc.meta.title).toBe('关于开展“无诈小区”创建活动的通知');
  });

  it('finds the addressees, the answered proposal, the genre and the region of a reply', () => {
    const doc = run(reply('泉州市', '12'));
    expect(doc.meta.addressees).toEqual(['王明']);
    expect(doc.meta.answers).toMatchObject({ number: '第12号建议', title: '关于加强反诈宣传的建议' });
    expect(doc.meta.genre).toBe('reply_to_suggestion');
    expect(doc.meta.region).toEqual({ province: '福建省', city: '泉州市' });
  });

  it('splits sentences and clauses, keeping quoted commas inside one clause', () => {
    const t = '省公安厅牵头，推进“全警反诈、全民反诈”格局。会议要求：抓落实';
    const { sentences, clauses } = splitSentences(t);
    expect(sentences.map((s) => t.slice(s.start, s.end))).toEqual(['省公安厅牵头，推进“全警反诈、全民反诈”格局', '会议要求：抓落实']);
    expect(clauses.map((c) => t.slice(c.start, c.end))).toEqual(['省公安厅牵头', '推进“全警反诈、全民反诈”格局', '会议要求', '抓落实']);
  });
});

describe('mention stage', () => {
  const names = (text: string, type: string) => run(text).mentions.filter((m) => m.type === type).map((m) => m.name);

  it('finds persons by the title or role before or after them, and bylines', () => {
    const t = '珠江商报记者李文杰报道：顺德区人大常委会副主任周驭洪率法工委来到顺德区公安局。柳新群代表在会上发言。';
    expect(names(t, 'Official')).toEqual(['李文杰', '周驭洪', '柳新群']);
  });

  it('finds agencies by head noun with their place, and the parent inside a compound', () => {
    const t = '近日，甘南藏族自治州公安局刑侦支队与沛县人民法院召开座谈会。';
    const found = names(t, 'Agency');
    expect(found).toContain('甘南藏族自治州公安局刑侦支队');
    expect(found).toContain('甘南藏族自治州公安局');
    expect(found).toContain('沛县人民法院');
  });

  it('types quoted names by the head after a run of them', () => {
    const t = '持续开展“惊雷”“断卡”“止戈”等一系列专项行动，完善“三清单一考核”制度。';
    expect(names(t, 'Campaign')).toEqual(['惊雷', '断卡', '止戈']);
    expect(names(t, 'Measure')).toEqual(['三清单一考核']);
  });

  it('keeps slogans, repeated meetings, coordinated heads and the subject of a title out of the names', () => {
    const t = '江西省公安厅持续巩固“人人反诈、处处防诈”工作新格局，多次召开全省调度会、推进会，研究制定相应监管规范和制度，印发《江西省乡镇反诈工作站建设标准》。';
    expect(names(t, 'Measure')).toEqual([]);
    expect(names(t, 'Campaign')).toEqual([]);
    expect(names(t, 'Meeting')).toEqual([]);
    // the body a title is about is no issuer of it
    expect(names(t, 'Agency')).toEqual(['江西省公安厅']);
    // a standing meeting held regularly stays one
    expect(names('县政府定期召开打击治理电信网络诈骗犯罪联席会议。', 'Meeting')).toEqual(['打击治理电信网络诈骗犯罪联席会议']);
  });

  it('names a field visit by where it goes and reads 与 before a place as the end of a name', () => {
    expect(names('省委副书记赵红专程赴市反诈中心调研，听取汇报。', 'Meeting')).toEqual(['市反诈中心调研']);
    expect(names('市长到东坡区调研平安建设工作，并召开现场会。', 'Meeting')).toContain('东坡区调研平安建设工作');
    expect(names('多次与省通管局会商。', 'Agency')).toEqual(['省通管局']);
    expect(names('中国科学技术大学信息与通信工程学院', 'Agency')).toContain('中国科学技术大学信息与通信工程学院');
  });

  it('reads 电信 alone among sectors as the sector, and beside other operators as the operator', () => {
    expect(names('联合金融、电信、网信等部门开展宣传。', 'Agency')).toEqual([]);
    expect(names('加强与金融、电信、移动、联通等部门协作。', 'Agency')).toEqual(['中国电信', '中国移动', '中国联通']);
  });
});

describe('resolution stage', () => {
  it('keeps two cities apart: 市公安局 and 我局 of each reply scoped to its own city, nothing shared', () => {
    const g = mergeGraphs([extract(reply('泉州市', '12'), 'quanzhou'), extract(reply('金华市', '34'), 'jinhua')]);
    const bureaus = g.nodes.filter((n) => n.type === 'Agency' && n.name.endsWith('市公安局'));
    expect(bureaus.map((n) => n.name).sort()).toEqual(['泉州市公安局', '金华市公安局']);
    for (const b of bureaus) expect(new Set(b.mentions.map((m) => m.document)).size).toBe(1);
    const qz = bureaus.find((b) => b.name === '泉州市公安局')!;
    expect(qz.aliases).toEqual(expect.arrayContaining(['我局', '市公安局']));
    expect(g.nodes.some((n) => n.name === '市公安局')).toBe(false);
  });

  it('keeps a generic name the region cannot scope as the document’s own', () => {
    const a = extract('市公安局牵头开展“断卡”行动。', 'a');
    const b = extract('市公安局牵头开展“断流”行动。', 'b');
    const ids = [a, b].map((g) => g.nodes.find((n) => n.name === '市公安局')!.id);
    expect(ids).toEqual(['Agency:市公安局@a', 'Agency:市公安局@b']);
  });

  it('joins a short form to the one full name it fits in the same document', () => {
    const g = extract('湖南省成立打击治理电信网络诈骗犯罪工作协调小组。省协调小组召开会议。\n湖南省公安厅\n2022年5月1日');
    const group = node(g, 'Agency', '湖南省打击治理电信网络诈骗犯罪工作协调小组')!;
    expect(group.aliases).toContain('省协调小组');
    expect(node(g, 'Agency', '湖南省协调小组')).toBeUndefined();
  });
});

describe('relation stage', () => {
  it('answers the proposal: the author leads, the co-handler co-handles, the addressee proposed', () => {
    const g = extract(reply('泉州市', '12'));
    expect(edge(g, 'LEADS', '泉州市公安局', '第12号建议')).toBeDefined();
    expect(edge(g, 'PROPOSED', '王明', '第12号建议')).toBeDefined();
    expect(edge(g, 'LEADS', '泉州市公安局', '断卡')).toBeDefined();
  });

  it('a party committee a reply is addressed to proposed what it answers', () => {
    const t = '长沙市公安局\n关于市政协十二届二次会议第0088号提案的答复\n民盟长沙市委会：\n你们提出的第0088号提案《关于加强校园反诈宣传的提案》收悉，现答复如下：\n市公安局牵头开展反诈宣传。\n长沙市公安局\n2023年6月1日\n';
    const g = extract(t);
    expect(edge(g, 'PROPOSED', '民盟长沙市委会', '第0088号提案')).toBeDefined();
    expect(edge(g, 'LEADS', '长沙市公安局', '第0088号提案')).toBeDefined();
  });

  it('reads posts, partners, joint issuing and attendance at clause level', () => {
    const t = `福建省公安厅
2024年4月28日全省打击治理电信网络诈骗工作会议召开。副省长、公安厅厅长李建成出席会议并讲话。
省公安厅会同省通信管理局、人民银行福州中心支行出台《福建省涉诈资金快速止付工作规范》。
省委宣传部与省公安厅联合开展“全民反诈”宣传月活动。`;
    const g = extract(t);
    expect(edge(g, 'HOLDS_POST', '李建成', '福建省公安厅')).toBeDefined();
    expect(edge(g, 'HOLDS_POST', '李建成', '福建省人民政府')).toBeDefined();
    expect(edge(g, 'PARTICIPATES_IN', '李建成', '全省打击治理电信网络诈骗工作会议')).toBeDefined();
    expect(edge(g, 'ISSUED', '福建省公安厅', '福建省涉诈资金快速止付工作规范')).toBeDefined();
    expect(edge(g, 'CO_HANDLES', '福建省通信管理局', '福建省涉诈资金快速止付工作规范')).toBeDefined();
    expect(edge(g, 'CO_HANDLES', '福建省委宣传部', '全民反诈')).toBeDefined();
    // one role per agency and target: the joint campaign is not also led
    expect(edge(g, 'LEADS', '福建省委宣传部', '全民反诈')).toBeUndefined();
  });

  it('a visitor leads the visit; a class of partners acting 共同 makes a joint act, without 共同 the subject leads', () => {
    const g = extract(`四川省公安厅
2023年3月2日，施小琳书记专程赴省反诈中心调研，听取工作汇报。
省教育厅联合有关部门共同推进“无诈校园”建设。省司法厅联合有关部门开展“法治进万家”宣传活动。省反诈中心加快布建运行智能反诈系统。`);
    expect(edge(g, 'LEADS', '施小琳', '省反诈中心调研')).toBeDefined();
    expect(g.edges.some((e) => e.type === 'LEADS' && g.nodes.find((n) => n.id === e.target)?.name === '省反诈中心调研' && e.source.startsWith('Agency:'))).toBe(false);
    expect(edge(g, 'CO_HANDLES', '四川省教育厅', '无诈校园')).toBeDefined();
    expect(edge(g, 'LEADS', '四川省教育厅', '无诈校园')).toBeUndefined();
    expect(edge(g, 'LEADS', '四川省司法厅', '法治进万家')).toBeDefined();
    expect(edge(g, 'LEADS', '四川省反诈中心', '智能反诈系统')).toBeDefined();
    // 到 inside another word (得到) leads nothing
    const praised = extract('四川省公安厅\n省教育厅的做法得到全省反诈工作推进会的肯定。');
    expect(praised.edges.filter((e) => e.type === 'LEADS' && e.target.startsWith('Meeting:'))).toEqual([]);
  });

  it('reads the duty clauses of a resolution: a class of bodies acts, scoped to the region', () => {
    const g = extract('湖南省人民代表大会常务委员会关于加强反电信网络诈骗工作的决议\n\n公安机关要加强统筹协调，建立涉诈资金快速止付机制。\n通信管理部门负责督促电信企业落实电话用户实名登记制度。\n');
    expect(g.documents[0]!.genre).toBe('resolution');
    expect(edge(g, 'LEADS', '湖南省公安机关', '涉诈资金快速止付机制')).toBeDefined();
    expect(edge(g, 'LEADS', '湖南省通信管理部门', '电话用户实名登记制度')).toBeDefined();
    // the standing committee is the congress's organ, not a unit inside it
    expect(g.edges.some((e) => e.type === 'PART_OF')).toBe(false);
  });

  it('evidence is the sentence with the proving span inside it and names its rule', () => {
    const t = reply('泉州市', '12');
    const g = extract(t);
    expect(g.edges.length).toBeGreaterThan(3);
    expect(g.edges.every((e) => e.evidence.length > 0)).toBe(true);
    for (const e of g.edges)
      for (const ev of e.evidence) {
        expect(ev.quote).toBe(t.slice(ev.start, ev.end));
        expect(ev.rule).toMatch(/^[a-z-]+\.[a-z-]+/);
        expect(ev.spanStart!).toBeGreaterThanOrEqual(ev.start);
        expect(ev.spanEnd!).toBeLessThanOrEqual(ev.end);
        expect(ev.spanEnd!).toBeGreaterThan(ev.spanStart!);
      }
  });
});

describe('whole documents', () => {
  it('is deterministic: two runs give byte-identical output', () => {
    const t = reply('泉州市', '12');
    expect(JSON.stringify(extract(t))).toBe(JSON.stringify(extract(t)));
  });

  it('maps every mention back to the original text through traditional script and half-width punctuation', () => {
    const t = '海峽都市報3月10日訊(記者 徐錫思 林莉莉)泉州市公安局牽頭開展"斷卡"行動。';
    const g = extract(t);
    const people = g.nodes.filter((n) => n.type === 'Official').map((n) => n.name);
    expect(people).toEqual(expect.arrayContaining(['徐锡思', '林莉莉']));
    // offsets point into the original, traditional-script text
    const spelled = g.nodes.filter((n) => n.type === 'Official').flatMap((n) => n.mentions.map((m) => t.slice(m.start, m.end)));
    expect(spelled).toEqual(expect.arrayContaining(['徐錫思', '林莉莉']));
    const bureau = node(g, 'Agency', '泉州市公安局')!;
    expect(t.slice(bureau.mentions[0]!.start, bureau.mentions[0]!.end)).toBe('泉州市公安局');
    expect(g.documents[0]!.genre).toBe('news_report');
  });
});
