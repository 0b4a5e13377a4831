// The explorer's pure pieces for the researcher's workbench: genres in words, server errors in the UI's language,
// quotes shown without a source's line wraps, crowded breadth-first rows spread out, the documents view in the URL.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, graphqlRequest } from '../client/src/graphqlRequest.ts';
import { errorMessage, GENRES, genreName, t } from '../client/src/i18n.ts';
import { displayQuote } from '../client/src/segmentText.ts';
import { staggerRows, type Placed } from '../client/src/staggerRows.ts';
import { decodeState, defaultState, encodeState } from '../client/src/urlState.ts';

const HAN = /[\u4e00-\u9fff]/;

describe('genres in words', () => {
  // The codes extraction writes (ingest/pipeline/doc.ts `Genre`), read from its source so a new one is noticed here.
  const codes = [...readFileSync('ingest/pipeline/doc.ts', 'utf8').match(/export type Genre =([^;]+);/)![1]!.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!);

  it('every genre code has a Chinese and an English name, never the code itself', () => {
    expect(codes.length).toBeGreaterThan(5);
    expect([...GENRES].sort()).toEqual([...codes].sort());
    for (const code of codes) {
      expect(genreName('zh', code)).toMatch(HAN);
      expect(genreName('en', code)).not.toMatch(HAN);
      expect(genreName('en', code)).not.toBe(code);
    }
    expect(genreName('zh', 'reply_to_proposal')).toBe('提案答复');
  });

  it('an unknown or missing genre is "other" in words', () => {
    expect(genreName('zh', 'something_new')).toBe('其他');
    expect(genreName('en', null)).toBe('Other');
  });
});

describe('server errors in the UI language', () => {
  const answer = (body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));

  it('a NOT_FOUND answer keeps its code and reads in Chinese without the English server text', async () => {
    const fetchImpl = answer({ errors: [{ message: 'no entity with id "nonexistent"', extensions: { code: 'NOT_FOUND' } }] });
    const err = await graphqlRequest('{ x }', {}, { fetchImpl }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('NOT_FOUND');
    const zh = errorMessage('zh', (err as ApiError).kind, (err as ApiError).message, (err as ApiError).code);
    expect(zh).toBe(t('zh', 'code.NOT_FOUND'));
    expect(zh).not.toMatch(/[a-z]{3}/i);
    expect(errorMessage('en', 'graphql', 'x', 'NOT_FOUND')).toBe(t('en', 'code.NOT_FOUND'));
  });

  it('an unknown failure in the Chinese UI shows no English server text either', () => {
    const zh = errorMessage('zh', 'graphql', 'Cannot query field "nope" on type "Query"', 'GRAPHQL_VALIDATION_FAILED');
    expect(zh).toMatch(HAN);
    expect(zh).not.toContain('Cannot');
    expect(errorMessage('zh', 'database', 'x', 'DATABASE_UNAVAILABLE')).toBe(t('zh', 'err.database'));
  });

  it('the campaign picker counts agencies in the UI language', () => {
    expect(t('zh', 'campaignOption', { name: '510', n: 1 })).toBe('510（1 个机构）');
    expect(t('en', 'campaignOption', { name: '510', n: 1 })).toBe('510 (agencies: 1)');
  });
});

describe('quotes as shown', () => {
  it('a wrap inside a sentence disappears; another line break is one space', () => {
    const shown: [stored: string, shown: string][] = [
      ['省协调小\n组组织召开会议', '省协调小组组织召开会议'],
      ['省协调小 \r\n  组组织', '省协调小组组织'],
      ['李定珍委员：\n\n您提出的提案', '李定珍委员： 您提出的提案'],
      ['没有换行', '没有换行'],
    ];
    expect(shown.map(([stored]) => displayQuote(stored))).toEqual(shown.map(([, s]) => s));
  });
});

describe('breadth-first rows', () => {
  const row = (n: number, y: number, spacing: number, width: number): Placed[] =>
    Array.from({ length: n }, (_, i) => ({ id: `${y}:${i}`, x: i * spacing, y, width }));
  const box = (n: Placed) => ({ x1: n.x - n.width / 2, x2: n.x + n.width / 2, y1: n.y - 20, y2: n.y + 20 });
  const overlap = (a: Placed, b: Placed) => {
    const [p, q] = [box(a), box(b)];
    return p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2;
  };

  it('a row too tight for its labels is spread over sub-rows; the level below moves down; no two labels overlap', () => {
    const nodes = [{ id: 'root', x: 200, y: 0, width: 80 }, ...row(12, 100, 30, 80), ...row(3, 200, 150, 80)];
    const overlapping = (list: Placed[]) => list.flatMap((a, i) => list.slice(i + 1).filter((b) => overlap(a, b))).length;
    expect(overlapping(nodes)).toBeGreaterThan(0);
    const moved = staggerRows(nodes, 40);
    const placed = nodes.map((n) => ({ ...n, ...(moved.get(n.id) ?? {}) }));
    expect(overlapping(placed)).toBe(0);
    expect(moved.has('root')).toBe(false);
    for (const n of placed) expect(n.x).toBe(nodes.find((m) => m.id === n.id)!.x);
    const levelOne = placed.filter((n) => n.id.startsWith('100:')).map((n) => n.y);
    const levelTwo = placed.filter((n) => n.id.startsWith('200:')).map((n) => n.y);
    expect(Math.min(...levelTwo)).toBeGreaterThan(Math.max(...levelOne));
  });

  it('rows with room for their labels are left alone', () => {
    expect(staggerRows([...row(5, 0, 200, 80), ...row(2, 100, 200, 80)], 40).size).toBe(0);
  });
});

describe('documents view in the URL', () => {
  it('round-trips filters, sort, page and the open document', () => {
    const s = { ...defaultState(), mode: 'documents' as const, docGenre: 'reply_to_proposal', docYear: '2022', docAuthor: '湖南省公安厅', docSort: 'TITLE' as const, docOffset: 50, doc: '000_x' };
    expect(decodeState(encodeState(s))).toEqual(s);
    expect(encodeState({ ...defaultState(), mode: 'documents' })).toBe('#mode=documents');
  });

  it('ignores a bad year, sort or page; reads a hand-written id= as the focus', () => {
    const s = decodeState('#mode=documents&year=去年&sort=RANDOM&offset=-5');
    expect([s.docYear, s.docSort, s.docOffset]).toEqual([undefined, 'NEWEST', 0]);
    expect(decodeState('#mode=explore&id=Agency:X').focus).toBe('Agency:X');
  });
});
