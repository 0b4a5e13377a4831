// Line breaks never enter names or aliases: a source that wraps a line inside a name (省协调小\n组) yields the name
// whole, however short the line; quotes stay the document's text at their offsets; a byline's lines stay apart;
// a salutation's line is not quoted with the sentence after it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakSplitsHead, normalizeText, normalizeQuery, toOriginal } from '../ingest/normalize.ts';
import { extractDocument } from '../ingest/pipeline/index.ts';
import type { Graph } from '../ingest/model.ts';

const run = (text: string) => extractDocument({ id: 'doc', source: 'doc.txt', sha256: '0'.repeat(64), text });
const LINE_BREAK = /[\r\n\u2028\u2029]/;

function expectNoBreakInNames(g: Graph) {
  for (const n of g.nodes) {
    expect(n.name, n.id).not.toMatch(LINE_BREAK);
    for (const a of n.aliases) expect(a, `${n.id} alias`).not.toMatch(LINE_BREAK);
  }
}
function expectQuotesAtOffsets(g: Graph, text: string) {
  for (const e of g.edges) for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
}

describe('wrapped lines', () => {
  it('a break inside a head noun is a wrap even on a short line; other short lines stay apart', () => {
    expect(breakSplitsHead('我厅会同省反诈协调小', '组开展')).toBe(true);
    expect(breakSplitsHead('一、强化组织领导', '部署开展')).toBe(false);
    const s = '我厅会同省反诈协调小\n组开展了断卡行动。\n一、强化组织领导\n部署开展断卡行动。';
    const nt = normalizeText(s);
    expect(nt.text).toContain('省反诈协调小组开展');
    expect(nt.text).toContain('强化组织领导\n部署');
    const i = nt.text.indexOf('省反诈协调小组');
    const [a, b] = toOriginal(nt, i, i + '省反诈协调小组'.length);
    expect(s.slice(a, b)).toBe('省反诈协调小\n组');
  });

  it('the wrapped name is found whole, with no line break in its name or aliases; quotes equal the text', () => {
    const text = '湖南省公安厅\n\n我厅会同省反诈协调小\n组开展了断卡行动，由湖南省公安厅牵头负责。\n';
    const g = run(text);
    const group = g.nodes.find((n) => n.name.endsWith('反诈协调小组'));
    expect(group, g.nodes.map((n) => n.name).join(' ')).toBeDefined();
    expect(group!.aliases).toContain('省反诈协调小组');
    expect(group!.mentions.some((m) => text.slice(m.start, m.end) === '省反诈协调小\n组')).toBe(true);
    expectNoBreakInNames(g);
    expectQuotesAtOffsets(g, text);
  });

  it('a byline field on the next line is not joined to the line before', () => {
    const s = '通讯员 潘玲恒 扬子晚报/紫牛新闻记者 周晓青\n校对 潘政';
    expect(normalizeText(s).text).toContain('周晓青\n校对');
  });

  it('the salutation is not quoted with the sentence that says 您提出 (sample reply to 李定珍委员)', () => {
    const file = readdirSync('corpus').find((f) => readFileSync(join('corpus', f), 'utf8').includes('李定珍委员：'))!;
    const text = readFileSync(join('corpus', file), 'utf8');
    const g = extractDocument({ id: file, source: file, sha256: '0'.repeat(64), text });
    const proposed = g.edges.filter((e) => e.type === 'PROPOSED' && e.evidence.some((ev) => ev.rule === 'reply.addressee-proposed'));
    expect(proposed.length).toBeGreaterThan(0);
    for (const ev of proposed.flatMap((e) => e.evidence)) {
      expect(ev.quote).not.toMatch(LINE_BREAK);
      expect(ev.quote).toMatch(/^您提出的第0500号提案/);
    }
    expectQuotesAtOffsets(g, text);
  });

  it('no name or alias of the sample corpus holds a line break', () => {
    for (const f of readdirSync('corpus').filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join('corpus', f), 'utf8');
      const g = extractDocument({ id: f, source: f, sha256: '0'.repeat(64), text });
      expectNoBreakInNames(g);
      expectQuotesAtOffsets(g, text);
    }
  });
});

describe('search text', () => {
  it('is normalised as documents are: traditional, full-width letters, spaces, half-width punctuation', () => {
    const typed = ['銀行', ' 湖 南 省 公安廳 ', 'ＡＰＰ反诈', '斷卡(行動)'];
    expect(typed.map(normalizeQuery)).toEqual(['银行', '湖南省公安厅', 'APP反诈', '断卡（行动）']);
  });
});
