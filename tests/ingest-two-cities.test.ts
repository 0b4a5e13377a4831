// Two replies from two cities that both say 市公安局 and 我局, ingested into the real store: two
// bureaus, each scoped to its own city, nothing shared between the documents.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../store/export-graph.ts';
import { ingestFiles } from '../cli/ingest-files.ts';
import { removeDocument } from '../store/load-graph.ts';
import { testDb } from './helpers/db.ts';

const db = testDb();
const reply = (city: string, no: string, proposer: string) => `${city}公安局
关于市七届人大二次会议第${no}号建议的答复
${proposer}代表：
您提出的第${no}号建议《关于加强反诈宣传的建议》收悉。我局高度重视，会同市委网信办认真研究，现答复如下：
一、市公安局牵头开展“断卡”行动，推进预警劝阻工作。
${city}公安局
2023年6月1日
`;
const ids = ['two-cities-quanzhou', 'two-cities-jinhua'];

beforeAll(async () => {
  await db.applySchema();
  const dir = mkdtempSync(join(tmpdir(), 'two-cities-'));
  writeFileSync(join(dir, `${ids[0]}.txt`), reply('泉州市', '12', '王明'));
  writeFileSync(join(dir, `${ids[1]}.txt`), reply('金华市', '34', '李华'));
  const r = await ingestFiles(db, [dir]);
  expect(r.problems).toEqual([]);
});
afterAll(async () => {
  for (const id of ids) await removeDocument(db, id);
  await db.close();
});

describe('two cities, one wording', () => {
  it('gives two scoped bureaus, each mentioned by its own reply only', async () => {
    const g = await exportGraph(db);
    const ours = g.nodes.filter((n) => n.mentions.some((m) => ids.includes(m.document as string)));
    const bureaus = ours.filter((n) => n.type === 'Agency' && n.name.endsWith('市公安局'));
    expect(bureaus.map((n) => n.name).sort()).toEqual(['泉州市公安局', '金华市公安局']);
    for (const b of bureaus) {
      expect(new Set(b.mentions.map((m) => m.document)).size).toBe(1);
      expect(b.aliases).toEqual(expect.arrayContaining(['我局', '市公安局']));
    }
    // the cities' cyberspace offices stay apart as well, and no node is the bare generic name
    expect(ours.filter((n) => n.name.endsWith('市委网信办')).map((n) => n.name).sort()).toEqual(['泉州市委网信办', '金华市委网信办']);
    expect(ours.some((n) => n.name === '市公安局' || n.name === '市委网信办')).toBe(false);
  });

  it('links each bureau only to its own city’s proposal and campaign work', async () => {
    const g = await exportGraph(db);
    const leads = g.edges.filter((e) => e.type === 'LEADS' && e.source.endsWith('市公安局'));
    const pairs = leads.map((e) => `${e.source}→${e.target}`);
    expect(pairs).toEqual(expect.arrayContaining(['Agency:泉州市公安局→Proposal:第12号建议', 'Agency:金华市公安局→Proposal:第34号建议']));
    expect(pairs).not.toContain('Agency:泉州市公安局→Proposal:第34号建议');
    // both lead the nationally named campaign, each with evidence from its own reply
    const duanka = leads.filter((e) => e.target === 'Campaign:断卡');
    const bySource = Object.fromEntries(duanka.map((e) => [e.source, e.evidence.map((ev) => ev.document)]));
    expect(bySource).toEqual({ 'Agency:泉州市公安局': [ids[0]], 'Agency:金华市公安局': [ids[1]] });
  });
});
