// End-to-end: the built explorer in headless Chromium against a real server and Neo4j holding the sample corpus.
// E2E_BASE_URL=http://localhost:4100 points the test at an already running `npm start` instead.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, openExplorer, SHOTS, type Explorer } from './helpers/browser.ts';
const corpus = readdirSync('corpus')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join('corpus', f), 'utf8'));
/** Offsets are into the decoded, normalised text; compare modulo whitespace and CRLF. */
const squash = (s: string) => s.replace(/\s+/g, '');
const inCorpus = (quote: string) => corpus.some((d) => d.includes(quote) || squash(d).includes(squash(quote)));

type CyNode = { id: string; label: string; type: string; classes: string[] };

async function graphNodes(page: Page): Promise<CyNode[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    return cy.nodes().map((n) => ({ id: n.id(), label: String(n.data('label')), type: String(n.data('type')), classes: n.classes() }));
  });
}

async function waitForNode(page: Page, label: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (name) => {
      const cy = (window as unknown as { __cy?: import('cytoscape').Core }).__cy;
      return !!cy && cy.nodes().some((n) => n.data('label') === name);
    },
    label,
    { timeout },
  );
}

/** Click a graph node the way a user does: at its rendered position on the canvas. */
async function clickNode(page: Page, label: string): Promise<void> {
  // Let the layout settle before reading positions.
  await page.waitForTimeout(300);
  const pos = await page.evaluate((name) => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    const n = cy.nodes().filter((x) => x.data('label') === name)[0]!;
    const box = cy.container()!.getBoundingClientRect();
    const p = n.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, label);
  await page.mouse.click(pos.x, pos.y);
}

/** Click an edge the way a user does; the layout is random, so the edge whose midpoint lies farthest from every node. */
async function clickClearEdge(page: Page): Promise<{ source: string; target: string }> {
  await page.waitForTimeout(300);
  const mid = await page.evaluate(() => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    const clearance = (p: { x: number; y: number }) =>
      Math.min(...cy.nodes(':visible').map((n) => Math.hypot(n.renderedPosition().x - p.x, n.renderedPosition().y - p.y)));
    const e = cy.edges(':visible').max((x) => clearance(x.renderedMidpoint())).ele;
    const box = cy.container()!.getBoundingClientRect();
    const p = e.renderedMidpoint();
    return { x: box.left + p.x, y: box.top + p.y, source: e.source().id(), target: e.target().id() };
  });
  await page.mouse.click(mid.x, mid.y);
  return mid;
}

describe('explorer end to end', () => {
  let explorer: Explorer;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    explorer = await openExplorer();
    ({ page, url } = explorer);
  });

  afterAll(async () => {
    await explorer?.close();
  });

  it('first visit shows the empty explorer with a hint and the corpus stats', async () => {
    await page.goto(url + '/');
    await expect(page.getByTestId('search-input').isVisible()).resolves.toBe(true);
    await page.getByTestId('graph-message').filter({ hasText: '断卡' }).waitFor();
    await page.getByTestId('stats').filter({ hasText: '份文档' }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/01-first-visit.png` });
  });

  it('search 断卡 → suggestion → graph shows 湖南省公安厅 → its evidence quote is from the corpus and opens the reader', async () => {
    await choose(page, 'search-input', '断卡', '断卡', false);
    await waitForNode(page, '湖南省公安厅');
    const nodes = await graphNodes(page);
    expect(nodes.some((n) => n.classes.includes('focus'))).toBe(true);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    await page.screenshot({ path: `${SHOTS}/02-search-duanka.png` });
    expect(page.url()).toContain('focus=');

    await clickNode(page, '湖南省公安厅');
    const panel = page.getByTestId('details-panel');
    await panel.getByTestId('details-name').filter({ hasText: '湖南省公安厅' }).waitFor({ timeout: 30_000 });
    const quote = panel.getByTestId('evidence-quote').first();
    await quote.waitFor({ timeout: 30_000 });
    const text = ((await quote.textContent()) ?? '').replace(/^“|”$/g, '');
    expect(text.length).toBeGreaterThan(3);
    expect(inCorpus(text), `quote not in corpus: ${text}`).toBe(true);
    // the sentence shows the span that proves the fact, and the rule that found it
    const span = (await quote.getByTestId('evidence-span').textContent()) ?? '';
    expect(span.length).toBeGreaterThan(1);
    // the marked text is the stored span of an evidence item of that sentence (offsets from the API, not the DOM)
    const sentence = { doc: await quote.getAttribute('data-doc'), start: Number(await quote.getAttribute('data-start')) };
    const answer = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($t: String!) { search(text: $t, types: [Agency], limit: 1) { name relations(limit: 500) { evidence { document { id } quote start spanStart spanEnd } } } }',
        variables: { t: '湖南省公安厅' },
      }),
    }).then((r) => r.json());
    type Ev = { document: { id: string }; quote: string; start: number; spanStart: number; spanEnd: number };
    const stored = (answer.data.search[0].relations as { evidence: Ev[] }[])
      .flatMap((r) => r.evidence)
      .filter((ev) => ev.document.id === sentence.doc && ev.start === sentence.start)
      .map((ev) => ev.quote.slice(ev.spanStart - ev.start, ev.spanEnd - ev.start));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).toContain(span);
    expect(await panel.getByTestId('evidence-rule').first().textContent()).toMatch(/^[a-z-]+\.[a-z-]+/);
    await page.screenshot({ path: `${SHOTS}/03-details-panel.png` });

    await quote.click();
    const reader = page.getByTestId('document-reader');
    const mark = reader.getByTestId('reader-highlight').first();
    await mark.waitFor({ timeout: 30_000 });
    const marked = (await reader.getByTestId('reader-highlight').allTextContents()).join('');
    expect(squash(marked)).toBe(squash(text));
    await page.waitForTimeout(300);
    expect(await mark.isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/04-document-reader.png` });
    await reader.getByTestId('reader-spans-toggle').check();
    await page.screenshot({ path: `${SHOTS}/05-reader-all-spans.png` });
    await reader.getByTestId('reader-close').click();
    expect(await reader.isVisible()).toBe(false);
  });

  it('expand, undo and layouts keep ids unique', async () => {
    const before = (await graphNodes(page)).length;
    await page.getByTestId('expand').click();
    await page.waitForTimeout(1500);
    const after = await graphNodes(page);
    expect(after.length).toBeGreaterThanOrEqual(before);
    expect(new Set(after.map((n) => n.id)).size).toBe(after.length);
    if (after.length > before) {
      await page.getByTestId('undo').click();
      expect((await graphNodes(page)).length).toBe(before);
    }
    // Double-click expands too; collapse removes what hangs only on that node.
    const center = (await graphNodes(page)).find((n) => n.label === '湖南省公安厅');
    if (center) {
      const n0 = (await graphNodes(page)).length;
      await page.waitForTimeout(300);
      const pos = await page.evaluate((id) => {
        const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
        const box = cy.container()!.getBoundingClientRect();
        const p = cy.getElementById(id).renderedPosition();
        return { x: box.left + p.x, y: box.top + p.y };
      }, center.id);
      await page.mouse.dblclick(pos.x, pos.y);
      await page.waitForFunction((n) => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes().length > n, n0, { timeout: 30_000 });
      await page.getByTestId('collapse').click();
      await page.waitForFunction((n) => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes().length <= n, n0, { timeout: 10_000 });
      await page.getByTestId('undo').click();
      expect((await graphNodes(page)).length).toBeGreaterThan(n0);
    }
    await page.getByTestId('layout-select').selectOption('concentric');
    expect(page.url()).toContain('layout=concentric');
    await page.getByTestId('layout-select').selectOption('fcose');
  });

  it('legend hides a type, an edge click shows its evidence, SVG/CSV/GraphML exports hold the graph', async () => {
    const visible = () =>
      page.evaluate(() => {
        const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
        return cy.nodes('[type = "Agency"]').filter((n) => n.visible()).length;
      });
    expect(await visible()).toBeGreaterThan(0);
    await page.getByTestId('legend-type-Agency').click();
    // nodes still moving in the layout animation report their old visibility for a moment
    await expect.poll(visible, { timeout: 5000 }).toBe(0);
    expect(page.url()).toContain('hide=Agency');
    await page.getByTestId('legend-type-Agency').click();
    await expect.poll(visible, { timeout: 5000 }).toBeGreaterThan(0);

    await clickClearEdge(page);
    await page.getByTestId('edge-details').waitFor({ timeout: 10_000 });
    const q = ((await page.getByTestId('details-panel').getByTestId('evidence-quote').first().textContent()) ?? '').replace(/^“|”$/g, '');
    expect(inCorpus(q), `edge quote not in corpus: ${q}`).toBe(true);

    const grab = async (testid: string) => {
      await page.getByTestId('export-toggle').click();
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
      return readFileSync((await d.path())!, 'utf8');
    };
    const svg = await grab('export-svg');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('湖南省公安厅');
    const graphml = await grab('export-graphml');
    expect(graphml).toContain('<graphml');
    expect(graphml).toContain('湖南省公安厅');
    const csv = await grab('export-csv-nodes');
    expect(csv).toContain('湖南省公安厅');
    const json = JSON.parse(await grab('export-json'));
    expect(json.nodes.length).toBeGreaterThan(1);
  });

  it('campaign view lists agencies with their roles', async () => {
    await page.getByTestId('mode-campaign').click();
    const view = page.getByTestId('campaign-view');
    await view.waitFor();
    const rows = view.getByTestId('participant-row');
    await rows.first().waitFor({ timeout: 30_000 });
    const roles = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
    expect(roles.length).toBeGreaterThan(0);
    for (const r of roles) expect(['LEAD', 'CO_HANDLER', 'SUPERVISOR', 'PARTICIPANT']).toContain(r);
    // each role with the years of the documents that state it
    const years = await view.getByTestId('participant-years').allTextContents();
    expect(years.length).toBeGreaterThan(0);
    for (const y of years) expect(y.trim()).toMatch(/^\d{4}(?:、\d{4})*$/);
    const nodes = await graphNodes(page);
    expect(nodes.some((n) => n.type === 'Campaign')).toBe(true);
    expect(nodes.some((n) => n.type === 'Agency')).toBe(true);
    await page.screenshot({ path: `${SHOTS}/06-campaign-view.png` });
  });

  it('responsibility matrix: filters, groups, a cell with quotes, export with quotes, no graph controls over the table', async () => {
    await page.getByTestId('mode-matrix').click();
    const cells = page.getByTestId('matrix-cell');
    await cells.first().waitFor({ timeout: 30_000 });
    // the table covers the graph: layout, zoom and expand are hidden
    expect(await page.getByTestId('layout-select').isVisible()).toBe(false);
    expect(await page.getByTestId('expand').isVisible()).toBe(false);
    const rowsNamed = async () => (await page.getByTestId('matrix-row').locator('th').allTextContents()).map((x) => x.trim());
    const before = await rowsNamed();
    expect(before.length).toBeGreaterThan(3);
    await page.getByTestId('matrix-agency-search').fill('公安厅');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="matrix-row"] th')].every((th) => th.textContent!.includes('公安厅')));
    await page.getByTestId('matrix-agency-search').fill('');
    await page.getByTestId('matrix-group').selectOption('region');
    expect(await page.getByTestId('matrix-group').locator('option:checked').textContent()).toBe('按地区');
    await page.getByTestId('matrix-group-row').first().waitFor();
    expect(await page.getByTestId('matrix-group-row').first().textContent()).toMatch(/湖南省|全国/);
    await page.getByTestId('matrix-types').selectOption('Proposal');
    await page.waitForFunction(() => document.querySelector('[data-testid="matrix-status"]')?.textContent?.match(/× [1-9]\d* 个对象/));
    await cells.first().click();
    const role = page.getByTestId('matrix-cell-role').first();
    await role.waitFor();
    expect(await role.locator('.role-badge').count()).toBeGreaterThan(0);
    expect((await role.locator('li').first().textContent())!.length).toBeGreaterThan(10);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('matrix-export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/责任矩阵.*\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('证据原文 quotes');
    expect(csv).toMatch(/《[^》]+》\d{4}-\d{2}-\d{2}：/);
    await page.screenshot({ path: `${SHOTS}/07-matrix.png` });
    await page.getByTestId('matrix-types').selectOption('default');
  });

  it('path finder highlights the shortest path between 湖南省公安厅 and 湖南省教育厅', async () => {
    await page.getByTestId('mode-path').click();
    await choose(page, 'path-from', '湖南省公安厅', '湖南省公安厅');
    await choose(page, 'path-to', '湖南省教育厅', '湖南省教育厅');
    await page.getByTestId('path-run').click();
    await page.getByTestId('path-result').first().waitFor({ timeout: 30_000 });
    const hl = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      return {
        nodes: cy.nodes('.path-hl').map((n) => String(n.data('label'))),
        edges: cy.edges('.path-hl').length,
      };
    });
    expect(hl.nodes).toContain('湖南省公安厅');
    expect(hl.nodes).toContain('湖南省教育厅');
    expect(hl.edges).toBeGreaterThan(0);
    expect(hl.nodes.length).toBe(hl.edges + 1);
    expect(page.url()).toMatch(/mode=path.*from=.*to=/);
    await page.screenshot({ path: `${SHOTS}/08-path.png` });
  });

  it('exports a PNG of the view', async () => {
    await page.getByTestId('export-toggle').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const file = await download.path();
    const bytes = readFileSync(file!);
    expect(bytes.length).toBeGreaterThan(1000);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('coordination network renders with community colours; a copied link reproduces the path view', async () => {
    const pathUrl = page.url();
    await page.getByTestId('mode-coordination').click();
    await page.getByTestId('coord-run').waitFor();
    await page.waitForFunction(
      () => {
        const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
        const msg = document.querySelector('[data-testid="graph-message"]') as HTMLElement | null;
        return cy.nodes('.coord').length > 0 || (msg && !msg.hidden && msg.dataset.kind !== 'loading');
      },
      undefined,
      { timeout: 30_000 },
    );
    await page.screenshot({ path: `${SHOTS}/09-coordination.png` });
    // The view says what it shows; communities have their own legend entries.
    await expect.poll(() => page.getByTestId('coord-showing').textContent()).toMatch(/显示 \d+ \/ \d+ 个机构/);
    expect(await page.getByTestId('coord-modularity').textContent()).toMatch(/Louvain/);
    expect(await page.getByTestId('legend-community').count()).toBeGreaterThan(0);

    // A tie clicked lists every shared item with at least one quote, found in the corpus; a quote opens the reader.
    await clickClearEdge(page);
    await page.getByTestId('tie-details').waitFor({ timeout: 10_000 });
    const items = page.getByTestId('details-panel').getByTestId('tie-item');
    expect(await items.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await items.count()); i++) {
      const quotes = items.nth(i).getByTestId('evidence-quote');
      expect(await quotes.count(), `shared item ${i} without a quote`).toBeGreaterThan(0);
      const q = ((await quotes.first().textContent()) ?? '').replace(/^“|”$/g, '');
      expect(inCorpus(q), `tie quote not in corpus: ${q}`).toBe(true);
    }
    await page.screenshot({ path: `${SHOTS}/09b-coordination-tie.png` });
    await items.first().getByTestId('evidence-quote').first().click();
    await page.getByTestId('reader-highlight').first().waitFor({ timeout: 10_000 });
    await page.getByTestId('reader-close').click();

    // 更新 replaces the network: the tie of the old one is no longer shown.
    const count = () => page.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.edges().length);
    const all = await count();
    await page.getByTestId('coord-from').fill('2023');
    await page.getByTestId('coord-run').click();
    await page.waitForFunction(() => location.hash.includes('dfrom=2023'));
    expect(await page.getByTestId('tie-details').count()).toBe(0);
    // the sample reply 001 has no date: the filter says it left it out
    await expect.poll(() => page.getByTestId('coord-undated').textContent(), { timeout: 10_000 }).toMatch(/1 份无日期文件/);
    expect(await count()).toBeLessThanOrEqual(all);
    // an impossible date is refused before asking the server
    await page.getByTestId('coord-from').fill('2022-13');
    await page.getByTestId('coord-run').click();
    await expect.poll(() => page.getByTestId('coord-from').getAttribute('class')).toContain('invalid');

    await page.goto(pathUrl);
    await page.reload();
    await page.waitForFunction(
      () => (window as unknown as { __cy: import('cytoscape').Core }).__cy.edges('.path-hl').length > 0,
      undefined,
      { timeout: 30_000 },
    );
  });

  it('Back returns to the previously focused entity', async () => {
    await page.getByTestId('mode-explore').click();
    await choose(page, 'search-input', '湖南省公安厅', '湖南省公安厅');
    await page.getByTestId('details-name').filter({ hasText: '湖南省公安厅' }).waitFor({ timeout: 30_000 });
    const focused = () =>
      page.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes('.focus').map((n) => String(n.data('label')))[0]);
    expect(await focused()).toBe('湖南省公安厅');
    const link = page.getByTestId('details-panel').locator('[data-testid="relation-item"] .entity-link').first();
    const other = ((await link.textContent()) ?? '').trim();
    await link.click();
    await page.waitForFunction((name) => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes('.focus').some((n) => n.data('label') === name), other, { timeout: 30_000 });
    await page.goBack();
    await page.waitForFunction(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes('.focus').some((n) => n.data('label') === '湖南省公安厅'), undefined, { timeout: 30_000 });
  });

  it('says in words when nothing matches and when the database is down', async () => {
    await page.goto(url + '/#mode=explore');
    const input = page.getByTestId('search-input');
    await input.fill('不存在的实体名称');
    await page.getByTestId('suggestion-empty').filter({ hasText: '未找到“不存在的实体名称”的相关实体' }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/13-no-results.png` });

    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'Database unavailable', extensions: { code: 'DATABASE_UNAVAILABLE' } }] }),
      }),
    );
    await page.reload();
    await page.getByTestId('error-banner').filter({ hasText: '服务暂不可用：数据库未连接' }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/14-database-down.png` });
    await page.unroute('**/graphql');
    await page.goto(url + '/#mode=explore');
    await page.reload();
  });

  it('English toggle and a narrow screen', async () => {
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('mode-explore').filter({ hasText: 'Explore' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/10-english.png` });
    await page.getByTestId('lang-toggle').click();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('mode-explore').click();
    await choose(page, 'search-input', '公安厅', '湖南省公安厅');
    await waitForNode(page, '湖南省公安厅');
    await page.getByTestId('details-name').waitFor({ timeout: 30_000 });
    const g = await page.getByTestId('graph').boundingBox();
    const p = await page.getByTestId('side-panel').boundingBox();
    expect(p!.y).toBeGreaterThanOrEqual(g!.y + g!.height - 1);
    await page.screenshot({ path: `${SHOTS}/11-narrow.png` });
    // Tapping a node brings the panel below the graph into view.
    await clickNode(page, '湖南省公安厅');
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-testid=details-panel]')!.getBoundingClientRect().top), { timeout: 10_000 }).toBeLessThan(844 / 2);
    await page.screenshot({ path: `${SHOTS}/12-narrow-panel.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
