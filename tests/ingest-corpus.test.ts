// Whole-corpus invariants: exact evidence, deterministic output, metadata of the sample documents.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractFiles } from '../ingest/extract-files.ts';
import { readDocument } from '../ingest/read-document.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../ingest/model.ts';

const CORPUS = 'corpus';
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(CORPUS, f));

describe('extraction over the sample corpus', () => {
  it('every mention and every evidence quote equals the document text at its offsets', async () => {
    const { graph, problems } = await extractFiles(files);
    expect(problems).toEqual([]);
    expect(graph.documents.length).toBe(files.length);
    const texts = new Map<string, string>();
    for (const f of files) {
      const d = await readDocument(f);
      const id = f.split('/').pop()!.replace(/\.txt$/, '');
      texts.set(id, d.text);
    }
    let mentions = 0;
    let evidence = 0;
    for (const n of graph.nodes) {
      expect(ENTITY_TYPES).toContain(n.type);
      expect(n.mentions.length).toBeGreaterThan(0);
      for (const m of n.mentions) {
        const text = texts.get(m.document)!;
        expect(text).toBeDefined();
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(text.length);
        mentions++;
      }
      expect(n.aliases).toEqual([...new Set(n.aliases)].sort());
    }
    for (const e of graph.edges) {
      expect(RELATION_TYPES).toContain(e.type);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      for (const ev of e.evidence) {
        expect(ev.quote).toBe(texts.get(ev.document)!.slice(ev.start, ev.end));
        expect(ev.quote.length).toBeGreaterThan(0);
        evidence++;
      }
    }
    expect(mentions).toBeGreaterThan(200);
    expect(evidence).toBeGreaterThan(100);
  });

  it('node and edge ids are deterministic and consistent', async () => {
    const { graph } = await extractFiles(files);
    const ids = new Set(graph.nodes.map((n) => n.id));
    // a name the document's region cannot scope (市公安局 with no city known) stays that document's own
    for (const n of graph.nodes) {
      if (n.id.includes('@')) expect(n.id).toBe(`${n.type}:${n.name}@${n.mentions[0]!.document}`);
      else expect(n.id).toBe(`${n.type}:${n.name}`);
    }
    for (const e of graph.edges) {
      expect(e.id).toBe(`${e.type}|${e.source}|${e.target}`);
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
    // the same body in several documents is one node
    const psb = graph.nodes.find((n) => n.id === 'Agency:湖南省公安厅')!;
    expect(new Set(psb.mentions.map((m) => m.document)).size).toBeGreaterThanOrEqual(4);
  });

  it('two runs give byte-identical JSON', async () => {
    const a = JSON.stringify((await extractFiles(files)).graph);
    const b = JSON.stringify((await extractFiles([...files].reverse())).graph);
    expect(b).toBe(a);
  });

  it('reads the metadata of the replies', async () => {
    const { graph } = await extractFiles(files);
    const d0 = graph.documents.find((d) => d.id === '000_9fc8309e8f28be31')!;
    expect(d0).toMatchObject({
      author: '湖南省公安厅',
      number: '湘公建议复字〔2022〕10号',
      date: '2022-05-12',
      genre: 'reply_to_suggestion',
      addressees: ['黄乐', '叶剑芝', '杨书林'],
    });
    expect(d0.answers?.number).toBe('第0123号建议');
    expect(d0.answers?.title).toBe('关于强化大学校园法治教育、切实防范大学生网络犯罪的建议');
    expect(d0.source).toBe('corpus/000_9fc8309e8f28be31.txt');
    expect(d0.sha256).toMatch(/^[0-9a-f]{64}$/);
    const d1 = graph.documents.find((d) => d.id === '001_45f81fe688840c79')!;
    expect(d1.genre).toBe('reply_to_proposal');
    expect(d1.addressees).toEqual(['李定珍']);
    const d3 = graph.documents.find((d) => d.id.startsWith('003'))!;
    expect(d3.genre).toBe('congress_newsletter');
    expect(d3.date).toBe('2021-06-29');
    const d4 = graph.documents.find((d) => d.id.startsWith('004'))!;
    expect(d4.genre).toBe('news_report');
    expect(d4.date).toBe('2022-09-26');
  });
});
