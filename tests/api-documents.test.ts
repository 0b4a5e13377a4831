// The researcher's workbench over HTTP: the document list (filters, sort, pages, counts), a document's facts, the
// documents that name an entity, and search in the forms users type (traditional characters, full-width letters).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, gql, type RunningApp } from './helpers/app.ts';
import { corpusTexts, quoteMatchesDocument } from './helpers/corpus.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ buildClient: false });
});
afterAll(() => app?.close());

interface Summary {
  id: string;
  title: string | null;
  author: string | null;
  date: string | null;
  genre: string | null;
  region: string | null;
  entityCount: number;
  factCount: number;
}
interface Facet {
  value: string;
  count: number;
}

const SUMMARY = 'id title author date genre region entityCount factCount';

async function page(args: Record<string, unknown>): Promise<{ documents: Summary[]; documentCount: number }> {
  const r = await gql<{ documents: Summary[]; documentCount: number }>(
    app.url,
    `query($limit: Int, $offset: Int, $genre: String, $year: String, $author: String, $sort: DocumentSort) {
      documents(limit: $limit, offset: $offset, genre: $genre, year: $year, author: $author, sort: $sort) { ${SUMMARY} }
      documentCount(genre: $genre, year: $year, author: $author)
    }`,
    args,
  );
  expect(r.errors).toBeUndefined();
  return r.data!;
}

async function facets(): Promise<{ genres: Facet[]; years: Facet[]; authors: Facet[] }> {
  const r = await gql<{ documentFacets: { genres: Facet[]; years: Facet[]; authors: Facet[] } }>(
    app.url,
    '{ documentFacets { genres { value count } years { value count } authors { value count } } }',
  );
  expect(r.errors).toBeUndefined();
  return r.data!.documentFacets;
}

describe('documents: the list', () => {
  // Other test files share the database and may leave documents of their own: the samples are among those listed.
  it('lists every sample document with its genre code, counts and the number that match', async () => {
    const all = await page({ limit: 500 });
    expect(all.documents.map((d) => d.id)).toEqual(expect.arrayContaining([...corpusTexts.keys()]));
    expect(all.documentCount).toBe(all.documents.length);
    for (const d of all.documents) {
      expect(d.genre).toMatch(/^[a-z_]+$/);
      expect(d.entityCount).toBeGreaterThan(0);
    }
    expect(all.documents.some((d) => d.factCount > 0)).toBe(true);
    expect(all.documents.some((d) => d.region?.startsWith('湖南省'))).toBe(true);
  });

  it('each genre, year and author filter selects exactly the documents that have it', async () => {
    const f = await facets();
    expect(f.genres.length).toBeGreaterThan(1);
    const all = (await page({ limit: 500 })).documents;
    const checks: [string, Facet[], (d: Summary) => string | null | undefined][] = [
      ['genre', f.genres, (d) => d.genre],
      ['year', f.years, (d) => d.date?.slice(0, 4)],
      ['author', f.authors, (d) => d.author],
    ];
    for (const [arg, values, of] of checks) {
      for (const { value, count } of values) {
        const res = await page({ limit: 500, [arg]: value });
        const expected = all.filter((d) => of(d) === value).map((d) => d.id).sort();
        expect(res.documents.map((d) => d.id).sort(), `${arg}=${value}`).toEqual(expected);
        expect(res.documentCount).toBe(count);
        expect(count).toBe(expected.length);
      }
    }
    const none = await page({ genre: 'no_such_genre' });
    expect(none).toEqual({ documents: [], documentCount: 0 });
  });

  it('sorts by date either way, by title, author or genre, and pages without gaps or repeats', async () => {
    const dates = (await page({ sort: 'NEWEST' })).documents.map((d) => d.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const oldest = (await page({ sort: 'OLDEST' })).documents.map((d) => d.date ?? '9999');
    expect(oldest).toEqual([...oldest].sort());
    const titles = (await page({ sort: 'TITLE' })).documents.map((d) => d.title ?? d.id);
    expect(titles).toEqual([...titles].sort());
    // by author (or genre), newest first within: dates compared with their digits inverted, undated last
    const newestFirst = (date: string | null) => (date ? [...date].map((c) => (/\d/.test(c) ? String(9 - Number(c)) : c)).join('') : '~');
    for (const [sort, key] of [['AUTHOR', 'author'], ['GENRE', 'genre']] as const) {
      const order = (await page({ sort, limit: 500 })).documents.map((d) => `${d[key] ?? ''}\u0000${newestFirst(d.date)}`);
      expect(order, sort).toEqual([...order].sort());
    }
    const whole = (await page({ sort: 'OLDEST', limit: 500 })).documents.map((d) => d.id);
    const pages: string[] = [];
    for (let offset = 0; offset < whole.length; offset += 2) pages.push(...(await page({ sort: 'OLDEST', limit: 2, offset })).documents.map((d) => d.id));
    expect(pages).toEqual(whole);
  });

  it('refuses a year that is not YYYY (naming it) and a sort it does not know', async () => {
    const year = await gql(app.url, '{ documents(year: "去年") { id } }');
    const sort = await gql(app.url, '{ documents(sort: RANDOM) { id } }');
    expect([year.errors?.[0]?.extensions?.code, sort.errors?.[0]?.extensions?.code]).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(year.errors?.[0]?.message).toContain('"去年"');
  });
});

describe('documents: one document', () => {
  it('states its facts in text order, each quote the document text at its offsets; the counts agree', async () => {
    const all = (await page({ limit: 500 })).documents.filter((d) => corpusTexts.has(d.id));
    const busiest = all.reduce((a, b) => (b.factCount > a.factCount ? b : a));
    type Fact = { type: string; source: { name: string }; target: { name: string }; evidence: { document: { id: string }; quote: string; start: number; end: number } };
    const r = await gql<{ document: { genre: string; entityCount: number; factCount: number; facts: Fact[]; spans: { entityId: string | null }[] } }>(
      app.url,
      'query($id: ID!) { document(id: $id) { genre entityCount factCount facts { type source { name } target { name } evidence { document { id } quote start end } } spans { entityId } } }',
      { id: busiest.id },
    );
    expect(r.errors).toBeUndefined();
    const d = r.data!.document;
    expect(d.facts.length).toBe(busiest.factCount);
    expect(d.factCount).toBe(busiest.factCount);
    expect(d.entityCount).toBe(busiest.entityCount);
    expect(d.entityCount).toBe(new Set(d.spans.map((s) => s.entityId).filter(Boolean)).size);
    const starts = d.facts.map((f) => f.evidence.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const f of d.facts) {
      expect(f.evidence.document.id).toBe(busiest.id);
      expect(quoteMatchesDocument(f.evidence), JSON.stringify(f)).toBe(true);
    }
    expect(d.facts.some((f) => f.type === 'LEADS')).toBe(true);
  });
});

describe('entities: the documents that name them', () => {
  it('湖南省公安厅 lists each mentioning document once, newest first, at a place where it is named', async () => {
    type Mentioning = { document: { id: string; title: string | null; date: string | null }; count: number; start: number; end: number };
    const r = await gql<{ search: { id: string; name: string; aliases: string[]; mentionCount: number; documents: Mentioning[] }[] }>(
      app.url,
      '{ search(text: "湖南省公安厅", types: [Agency], limit: 1) { id name aliases mentionCount documents { document { id title date } count start end } } }',
    );
    expect(r.errors).toBeUndefined();
    const e = r.data!.search[0]!;
    expect(e.name).toBe('湖南省公安厅');
    const ids = e.documents.map((m) => m.document.id);
    expect(ids.filter((id) => corpusTexts.has(id)).length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    const dates = e.documents.map((m) => m.document.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(e.documents.reduce((n, m) => n + m.count, 0)).toBe(e.mentionCount);
    for (const m of e.documents.filter((x) => corpusTexts.has(x.document.id))) {
      expect(m.document.title).toBeTruthy();
      const named = corpusTexts.get(m.document.id)!.slice(m.start, m.end);
      expect(named.length, JSON.stringify(m)).toBeGreaterThan(0);
      expect([e.name, ...e.aliases].some((n) => n.replace(/\s/g, '') === named.replace(/\s/g, '')), `${named} in ${m.document.id}`).toBe(true);
    }
  });
});

describe('search in the forms users type', () => {
  const hits = async (text: string) => {
    const r = await gql<{ search: { id: string }[] }>(app.url, 'query($t: String!) { search(text: $t, limit: 20) { id } }', { t: text });
    expect(r.errors).toBeUndefined();
    return r.data!.search.map((x) => x.id);
  };

  it('銀行 finds the banks 银行 finds; 公安廳 finds 公安厅', async () => {
    const simplified = await hits('银行');
    expect(simplified.length).toBeGreaterThan(0);
    expect(await hits('銀行')).toEqual(simplified);
    expect(await hits('公安廳')).toEqual(await hits('公安厅'));
  });

  it('full-width letters and stray spaces are read as documents are', async () => {
    expect(await hits('湖 南 省 公 安 厅')).toEqual(await hits('湖南省公安厅'));
    const latin = await hits('APP');
    expect(latin.length).toBeGreaterThan(0);
    expect(await hits('ＡＰＰ')).toEqual(latin);
  });
});
