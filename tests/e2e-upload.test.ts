// Upload in the browser, end to end: the built explorer in headless Chromium against a real server with a write
// token; a .docx chosen with the file picker and a .txt dropped on the page go into the graph, and the statistics
// and search show their facts without the page being reloaded.
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from '../scripts/provision.ts';
import { startApp, type RunningApp } from './helpers/app.ts';
import { docx } from './helpers/docx.ts';

const TOKEN = 'e2e-upload-token-0123456789';
const SHOTS = 'tests/screenshots';
const DOCX_NAME = '贵州省公安厅关于反诈工作的答复.docx';
const DOCX = docx(['关于加强反诈宣传的答复', '贵州省公安厅牵头开展“断卡”专项行动，会同贵州省通信管理局推进技术反制。', '贵州省公安厅', '2024年3月1日']);
const DROPPED_NAME = 'sichuan-note.txt';
const DROPPED_TEXT = '四川省公安厅牵头开展“断卡”专项行动，会同四川省通信管理局推进技术反制。\n';

describe('upload in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  const documentCount = async () => Number(/^(\d+) 份文档/.exec((await page.getByTestId('stats').textContent()) ?? '')?.[1]);
  const item = (name: string) => page.getByTestId('upload-item').filter({ hasText: name });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startApp({ env: { WRITE_TOKEN: TOKEN } });
    const executablePath = chromiumPath();
    if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (apt-get install chromium)`);
    browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })).newPage();
    page.on('pageerror', (e) => console.error('[page error]', e.message));
  });

  afterAll(async () => {
    // The suite's other files expect the sample corpus alone.
    for (const id of ['贵州省公安厅关于反诈工作的答复', 'sichuan-note']) {
      await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ query: 'mutation($id: ID!) { removeDocument(id: $id) }', variables: { id } }),
      });
    }
    await browser?.close();
    await app?.close();
  });

  it('asks for the token once, loads a chosen .docx and a wrong type is refused, in Chinese', async () => {
    await page.goto(app.url + '/');
    await page.getByTestId('stats').filter({ hasText: '份文档' }).waitFor({ timeout: 30_000 });
    const before = await documentCount();
    await page.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));

    await page.getByTestId('upload-toggle').filter({ hasText: '上传文档' }).click();
    await page.getByTestId('upload-token').fill(TOKEN);
    await page.getByTestId('upload-token-save').click();
    await page.getByTestId('upload-input').setInputFiles([
      { name: DOCX_NAME, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: DOCX },
      { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') },
    ]);
    await item(DOCX_NAME).and(page.locator('[data-status="loaded"]')).waitFor({ timeout: 60_000 });
    expect(await item(DOCX_NAME).getByTestId('upload-status').textContent()).toBe('已载入，共 7 条事实（4 个实体，3 条关系）');
    await item('setup.exe').and(page.locator('[data-status="rejected"]')).waitFor();
    expect(await item('setup.exe').getByTestId('upload-status').textContent()).toMatch(/^未载入：不支持的文件类型“\.exe”/);

    // the statistics line counts the new document, on the same page
    await expect.poll(documentCount, { timeout: 30_000 }).toBe(before + 1);
    expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
    expect(await page.evaluate((key) => sessionStorage.getItem(key), 'afg.writeToken')).toBe(TOKEN);
    await page.screenshot({ path: `${SHOTS}/upload-01-docx.png` });
  });

  it('search finds the new agency and its graph comes from the uploaded document', async () => {
    const input = page.getByTestId('search-input');
    await input.click();
    await input.fill('贵州省公安厅');
    const hit = page.getByTestId('search-input-suggestions').getByTestId('suggestion-item').filter({ hasText: '贵州省公安厅' }).first();
    await hit.waitFor({ timeout: 30_000 });
    await hit.click();
    await page.waitForFunction(() => {
      const cy = (window as unknown as { __cy?: import('cytoscape').Core }).__cy;
      // its neighbourhood as the uploaded document states it: it leads the campaign and the measure
      return !!cy && ['断卡', '技术反制'].every((name) => cy.nodes().some((n) => n.data('label') === name));
    }, undefined, { timeout: 30_000 });
  });

  it('a file dropped on the page is uploaded too; the same .docx again is "unchanged"; English words in the English UI', async () => {
    const before = await documentCount();
    await page.evaluate(
      ({ name, text }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, { type: 'text/plain' }));
        const target = document.getElementById('app')!;
        target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { name: DROPPED_NAME, text: DROPPED_TEXT },
    );
    await item(DROPPED_NAME).and(page.locator('[data-status="loaded"]')).waitFor({ timeout: 60_000 });
    await expect.poll(documentCount, { timeout: 30_000 }).toBe(before + 1);

    await page.getByTestId('upload-input').setInputFiles([{ name: DOCX_NAME, mimeType: 'application/octet-stream', buffer: DOCX }]);
    await page.getByTestId('upload-item').filter({ hasText: '未变化：相同内容已存储' }).waitFor({ timeout: 60_000 });

    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('upload-toggle').filter({ hasText: 'Upload documents' }).waitFor();
    expect(await item(DROPPED_NAME).getByTestId('upload-status').textContent()).toMatch(/^Loaded with \d+ facts \(\d+ entities, \d+ relations\)$/);
    await page.screenshot({ path: `${SHOTS}/upload-02-english.png` });
    await page.getByTestId('lang-toggle').click();
  });

  it('a refused token is forgotten and asked for again', async () => {
    await page.evaluate((key) => sessionStorage.setItem(key, 'wrong-token-0123456789-abcdef'), 'afg.writeToken');
    await page.getByTestId('upload-toggle').click(); // closes
    await page.getByTestId('upload-toggle').click(); // opens with the picker for the stored token
    await page.getByTestId('upload-input').setInputFiles([{ name: 'again.txt', mimeType: 'text/plain', buffer: Buffer.from(DROPPED_TEXT) }]);
    await item('again.txt').filter({ hasText: '写入令牌不正确' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('upload-token').waitFor();
    expect(await page.evaluate((key) => sessionStorage.getItem(key), 'afg.writeToken')).toBeNull();
    // the token field has the focus once the panel opens; Escape closes the panel
    await page.getByTestId('upload-toggle').click();
    await page.getByTestId('upload-toggle').click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('upload-token');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('upload-panel').isHidden()).toBe(true);
  });
});
