/**
 * The reader's first screen comes in the page itself (pre-rendered on the main side, then hydrated):
 * the text is there before any script runs, in the reader's theme; a reader reopening past the top
 * never sees the top first; a page opened on another screen shows that screen.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { PROFILE_FOLDER } from '../electron/main/launch-options';
import { test, expect } from './fixtures';
import { savedDoc } from './support/saved-data';

/** The address the app opens on, with the tab's token (the page removes it from the address bar). */
async function launchAddress(page: Page): Promise<string> {
  const token = await page.evaluate(() => sessionStorage.getItem('lectern.token'));
  const url = new URL(page.url());
  return `${url.origin}/?token=${token}`;
}

test('the text is in the page before any script runs, in the reader\'s theme', async ({ lectern, mode, browser }) => {
  test.skip(mode === 'electron', 'web host only: a second browser context with scripts off opens the same address');
  const { page } = lectern;
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const address = await launchAddress(page);

  const noScripts = await browser.newContext({ javaScriptEnabled: false });
  try {
    const bare = await noScripts.newPage();
    await bare.goto(address);
    await expect(bare.getByRole('heading', { level: 1 })).toHaveText(/^Japan Deepens Its Cooperation with NATO/);
    await expect(bare.getByText('NATO is in negotiations with Japan to open a liaison office')).toBeVisible();
    await expect(bare.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reader' })).toHaveAttribute('aria-current', 'page');
    await expect(bare.locator('html')).toHaveAttribute('data-theme', 'dark');
  } finally {
    await noScripts.close();
  }
});

test('the pre-rendered reader works once the app has started: find, settings, another screen', async ({ lectern }) => {
  const { page } = lectern;
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: /find/i }).fill('Senkaku');
  await expect(page.getByText(/1 of 1/)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Equal');
  await expect(page.locator('article').first()).toHaveAttribute('data-size-step', '3');
  await expect.poll(() => page.locator('[data-paragraph-id="p1"]').evaluate((p) => getComputedStyle(p).fontSize)).toBe('21px');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
});

test('reopening past the top shows the text only once it is at the reading place', async ({ lectern }) => {
  let page = lectern.page;
  await page.locator('[data-paragraph-id="p4"]').evaluate((p) => window.scrollTo({ top: window.scrollY + p.getBoundingClientRect().top - 80, behavior: 'instant' }));
  await expect.poll(async () => (await savedDoc(lectern.dataDir)).reading?.['japan-nato']?.paragraphId).toBe('p4');

  // Watches the page from its first byte: was the text hidden from the start, and where was the
  // reader when it was shown?
  await page.context().addInitScript(() => {
    const seen = { hiddenFromStart: false, shownAtScrollY: -1 };
    (window as unknown as { placing: typeof seen }).placing = seen;
    new MutationObserver((changes, observer) => {
      const html = document.documentElement;
      if (!html) return;
      if (changes.some((c) => c.type === 'childList')) seen.hiddenFromStart ||= html.hasAttribute('data-placing');
      if (seen.hiddenFromStart && !html.hasAttribute('data-placing')) {
        seen.shownAtScrollY = window.scrollY;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-placing'] });
  });
  page = await lectern.restart();
  const placing = () => page.evaluate(() => (window as unknown as { placing: { hiddenFromStart: boolean; shownAtScrollY: number } }).placing);
  await expect.poll(async () => (await placing()).shownAtScrollY).toBeGreaterThan(0);
  expect((await placing()).hiddenFromStart).toBe(true);
  const top = await page.locator('[data-paragraph-id="p4"]').evaluate((p) => p.getBoundingClientRect().top);
  expect(top).toBeLessThan(200);
  expect(top).toBeGreaterThan(-200);
  await expect(page.locator('[data-paragraph-id="p4"]')).toBeVisible();
});

test('a page opened on another screen shows that screen, not the pre-rendered reader', async ({ lectern, mode }) => {
  test.skip(mode === 'electron', 'web host only: opens the launch address with another screen named');
  const { page } = lectern;
  await page.goto(`${await launchAddress(page)}#/library`);
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  await expect(page.locator('article.article')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-pre-rendered', /.*/);
});

test('a restart finds the renderer\'s scripts compiled already (V8 code cache on app://)', async ({ lectern, mode }) => {
  test.skip(mode === 'web', 'Electron only: app:// is its scheme; over http Chromium caches the web host\'s scripts itself');
  // Electron's own check of the privilege (spec/api-protocol-spec.ts, "codeCache:true enables codeCache
  // in custom protocol"): the page loaded and reloaded, the app gone, then the session's cache folder read.
  await lectern.page.reload();
  await expect(lectern.page.getByRole('heading', { level: 1 })).toHaveText(/^Japan Deepens Its Cooperation with NATO/);
  await lectern.stop();
  // The cache's own index files are there either way: Electron's spec counts 2 with code cache off.
  const cached = await readdir(path.join(lectern.dataDir, PROFILE_FOLDER, 'Code Cache', 'js')).catch(() => []);
  expect(cached.length).toBeGreaterThan(2);
  await lectern.start();
});
