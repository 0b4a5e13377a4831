// The explorer in headless Chromium for the e2e files: the client built afresh, a real server on the suite's Neo4j
// (or E2E_BASE_URL, an already running `npm start`), one browser context in Chinese.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from '../../scripts/provision.ts';

export const SHOTS = 'tests/screenshots';

export interface Explorer {
  url: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openExplorer(): Promise<Explorer> {
  mkdirSync(SHOTS, { recursive: true });
  let url: string;
  let stopApp = async () => {};
  if (process.env.E2E_BASE_URL) {
    url = process.env.E2E_BASE_URL.replace(/\/$/, '');
  } else {
    // Always rebuild so the test never runs a stale client/dist.
    const { build } = await import('vite');
    await build({ root: 'client', logLevel: 'warn' });
    const { startApp } = await import('./app.ts');
    const app = await startApp({ buildClient: false });
    url = app.url;
    stopApp = () => app.close();
  }
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (apt-get install chromium)`);
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  return {
    url,
    browser,
    context,
    page,
    async close() {
      await browser.close();
      await stopApp();
    },
  };
}

/** Type into a search box and pick the suggestion whose name is `pick` (or contains it, when not exact). */
export async function choose(page: Page, testid: string, text: string, pick: string, exact = true): Promise<void> {
  const input = page.getByTestId(testid);
  await input.click();
  await input.fill(text);
  const list = page.getByTestId(`${testid}-suggestions`);
  const escaped = pick.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const name = page.locator('.name', { hasText: exact ? new RegExp(`^${escaped}$`) : pick });
  const item = list.getByTestId('suggestion-item').filter({ has: name }).first();
  await item.waitFor({ timeout: 30_000 });
  await item.click();
}
