// End-to-end, the researcher's workbench: the documents view (filter by genre, open a document, its facts), the
// documents that name an entity, Back after the first search, texts in the UI's language, the breadth-first layout.
// Built explorer in headless Chromium against a real server and Neo4j holding the sample corpus (as e2e-explorer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { choose, openExplorer, SHOTS, type Explorer } from './helpers/browser.ts';
import { corpusTexts } from './helpers/corpus.ts';

const squash = (s: string) => s.replace(/\s+/g, '');
const HAN = /[\u4e00-\u9fff]/;

async function focused(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes('.focus').map((n) => String(n.data('label')))[0]);
}

describe('researcher workbench end to end', () => {
  let explorer: Explorer;
  let context: BrowserContext;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    explorer = await openExplorer();
    ({ context, page, url } = explorer);
  });

  afterAll(async () => {
    await explorer?.close();
  });

  it('Back after the first search (typed in traditional characters) stays in the app, on the empty explorer', async () => {
    await page.goto(url + '/');
    await page.getByTestId('graph-message').filter({ hasText: '断卡' }).waitFor({ timeout: 30_000 });
    await choose(page, 'search-input', '湖南省公安廳', '湖南省公安厅');
    await expect.poll(() => focused(page), { timeout: 30_000 }).toBe('湖南省公安厅');
    await page.goBack();
    await page.waitForTimeout(500);
    expect(page.url().startsWith(url)).toBe(true);
    await page.getByTestId('graph-message').filter({ hasText: '断卡' }).waitFor({ timeout: 30_000 });
    await page.goForward();
    await expect.poll(() => focused(page), { timeout: 30_000 }).toBe('湖南省公安厅');
  });

  it('the details panel lists the documents naming the entity; one opens the reader at the mention', async () => {
    const panel = page.getByTestId('details-panel');
    const docs = panel.getByTestId('details-documents').getByTestId('mentioning-doc');
    await docs.first().waitFor({ timeout: 30_000 });
    expect(await docs.count()).toBeGreaterThan(1);
    const titles = await docs.allTextContents();
    for (const title of titles) expect(title).toMatch(HAN);
    await docs.first().click();
    const mark = page.getByTestId('document-reader').getByTestId('reader-highlight').first();
    await mark.waitFor({ timeout: 30_000 });
    const named = squash(await mark.textContent() ?? '');
    expect(['湖南省公安厅', '省公安厅', '公安厅', '我厅']).toContain(named);
    await page.screenshot({ path: `${SHOTS}/20-entity-documents.png` });
    await page.getByTestId('reader-close').click();
  });

  it('documents view: filter by genre, open a document, read its facts; a fact highlights its sentence', async () => {
    await page.getByTestId('mode-documents').click();
    const rows = page.getByTestId('document-row');
    await rows.first().waitFor({ timeout: 30_000 });
    // other test files share the database and may have left documents of their own
    const listed = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-doc')!));
    expect(listed).toEqual(expect.arrayContaining([...corpusTexts.keys()]));
    const genres = await page.getByTestId('document-genre').allTextContents();
    for (const g of genres) {
      expect(g).toMatch(HAN);
      expect(g).not.toMatch(/_/);
    }
    await page.screenshot({ path: `${SHOTS}/21-documents.png` });
    // in English, the genres are English words, never the codes
    await page.getByTestId('lang-toggle').click();
    const englishGenres = async () => (await page.getByTestId('document-genre').allTextContents()).every((g) => /^[A-Z][A-Za-z' ]+$/.test(g));
    await expect.poll(englishGenres, { timeout: 10_000 }).toBe(true);
    await page.screenshot({ path: `${SHOTS}/21-documents-en.png` });
    await page.getByTestId('lang-toggle').click();
    await expect.poll(async () => (await page.getByTestId('document-genre').allTextContents()).every((g) => HAN.test(g)), { timeout: 10_000 }).toBe(true);

    const select = page.getByTestId('documents-genre');
    const options = await select.locator('option').evaluateAll((els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, text: e.textContent ?? '' })));
    const genre = options.find((o) => o.value)!;
    expect(genre.text).toMatch(HAN);
    await select.selectOption(genre.value);
    await page.waitForFunction((g) => location.hash.includes(`genre=${g}`), genre.value);
    const genresShown = () => rows.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-genre')))]);
    await expect.poll(genresShown, { timeout: 30_000 }).toEqual([genre.value]);
    const shown = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-genre')));
    expect(new Set(shown)).toEqual(new Set([genre.value]));
    expect(shown.length).toBe(Number(/（(\d+)）$/.exec(genre.text)![1]));

    await page.getByTestId('documents-genre').selectOption('');
    await page.waitForFunction(() => !location.hash.includes('genre='));
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(listed.length);
    const sample = [...corpusTexts.keys()][0]!;
    await page.locator(`[data-testid=document-row][data-doc="${sample}"]`).getByTestId('document-open').click();
    const reader = page.getByTestId('document-reader');
    await reader.getByTestId('reader-span').first().waitFor({ timeout: 30_000 });
    expect(await reader.getByTestId('reader-spans-toggle').isChecked()).toBe(true);
    const meta = (await reader.getByTestId('reader-meta').textContent()) ?? '';
    expect(meta).not.toMatch(/reply_to|_/);
    const facts = reader.getByTestId('reader-fact');
    await facts.first().waitFor({ timeout: 10_000 });
    expect(await facts.count()).toBeGreaterThan(0);
    const fact = facts.nth(Math.min(2, (await facts.count()) - 1));
    await fact.click();
    const [start, end] = [Number(await fact.getAttribute('data-start')), Number(await fact.getAttribute('data-end'))];
    expect(new URL(page.url()).hash).toContain(`doc=${sample}`);
    const text = corpusTexts.get(sample)!;
    const highlighted = (await reader.getByTestId('reader-highlight').allTextContents()).join('');
    expect(squash(highlighted)).toBe(squash(text.slice(start, end)));
    await page.screenshot({ path: `${SHOTS}/22-document-facts.png` });
    await page.getByTestId('reader-close').click();
    await page.waitForFunction(() => !location.hash.includes('doc='));
    // a link to an open document opens it; Back to a view without it closes it
    await page.getByTestId('mode-explore').click();
    await page.goto(`${url}/#mode=documents&doc=${sample}`);
    await reader.getByTestId('reader-fact').first().waitFor({ timeout: 30_000 });
    await page.goBack();
    await expect.poll(() => reader.isVisible(), { timeout: 10_000 }).toBe(false);
  });

  it('the campaign picker counts agencies in the UI language, after language switches too', async () => {
    await page.goto(url + '/#mode=campaign');
    const select = page.getByTestId('campaign-select');
    await page.getByTestId('participant-row').first().waitFor({ timeout: 30_000 });
    const labels = () => select.locator('option').allTextContents();
    const expectChinese = async (when: string) => {
      await expect.poll(async () => (await labels()).some((l) => /（\d+ 个机构）$/.test(l)), { timeout: 30_000, message: when }).toBe(true);
      for (const label of await labels()) expect(label, when).not.toMatch(/agenc/);
    };
    await expectChinese('first visit');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(async () => (await labels()).some((l) => /\(agencies: \d+\)$/.test(l)), { timeout: 30_000 }).toBe(true);
    // the whole label comes from i18n: never "510 (1 agencies)"
    for (const label of await labels()) expect(label).not.toMatch(/\d+ agencies/);
    await page.getByTestId('lang-toggle').click();
    await expectChinese('after English and back');
    await page.getByTestId('mode-matrix').click();
    await page.goBack();
    await page.getByTestId('participant-row').first().waitFor({ timeout: 30_000 });
    await expectChinese('after Back');
  });

  it('a bad deep link says so in Chinese, without the server’s English text', async () => {
    const fresh = await context.newPage();
    await fresh.goto(url + '/#mode=explore&id=nonexistent');
    const msg = fresh.getByTestId('graph-message');
    await msg.filter({ hasText: '未找到' }).waitFor({ timeout: 30_000 });
    expect(await msg.textContent()).not.toMatch(/no entity|[a-z]{4}/);
    await fresh.close();
  });

  it('the breadth-first layout keeps the labels of a hub’s neighbours apart', async () => {
    await page.goto(url + '/#mode=explore&layout=breadthfirst');
    await choose(page, 'search-input', '湖南省公安厅', '湖南省公安厅');
    await expect.poll(() => focused(page), { timeout: 30_000 }).toBe('湖南省公安厅');
    await page.waitForTimeout(500);
    const result = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      const boxes = cy.nodes(':visible').map((n) => n.boundingBox({ includeLabels: true }));
      let overlaps = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) overlaps++;
        }
      return { nodes: boxes.length, overlaps };
    });
    expect(result.nodes).toBeGreaterThan(5);
    expect(result.overlaps).toBe(0);
    await page.screenshot({ path: `${SHOTS}/23-breadthfirst.png` });
  });
});
