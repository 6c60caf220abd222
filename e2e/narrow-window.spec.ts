import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { callApi } from './support/api-call';

/** Nothing on the page is wider than the window (no sideways scrolling, no clipped controls). */
async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${screen} scrolls sideways`).toBeLessThanOrEqual(0);
}

const screens = [
  { hash: '#/reader', ready: { role: 'heading', level: 1 } },
  { hash: '#/flashcards', ready: { role: 'button', name: /Show answer/ } },
  { hash: '#/cards', ready: { role: 'heading', name: 'Flashcards' } },
  { hash: '#/progress', ready: { role: 'heading', name: 'Cards by state' } },
  { hash: '#/selftest', ready: { role: 'button', name: 'Start the test' } },
  { hash: '#/argument-map', ready: { role: 'button', name: 'Hide the text' } },
] as const;

test('in a 760 px window every page keeps its header on one line, scrolls only downwards and has no axe violations (dark)', async ({ lectern }, testInfo) => {
  // One axe analysis per screen takes seconds on a loaded machine.
  test.setTimeout(120_000);
  const { page } = lectern;
  await page.setViewportSize({ width: 760, height: 800 });
  await callApi(page, 'settings.update', { theme: 'dark' });
  await callApi(page, 'reviews.record', { cardId: 'liaison-office-city', rating: 3, durationMs: 4000 });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  for (const screen of screens) {
    await page.evaluate((hash) => (window.location.hash = hash), screen.hash);
    const { role, ...options } = screen.ready;
    await expect(page.getByRole(role, options).first()).toBeVisible();
    const header = await page.getByRole('banner').first().boundingBox();
    expect(header!.height, `${screen.hash} header`).toBeLessThanOrEqual(60);
    await expectNoSidewaysScroll(page, screen.hash);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations, screen.hash).toEqual([]);
    await testInfo.attach(`narrow${screen.hash.slice(1).replaceAll('/', '-')}.png`, { body: await page.screenshot(), contentType: 'image/png' });
  }

  // The map's recall mode, and the reader with its sidebar open over the text.
  await page.evaluate(() => (window.location.hash = '#/argument-map'));
  await page.getByRole('button', { name: 'Hide the text' }).click();
  await expect(page.getByRole('button', { name: 'Show the text' })).toHaveAttribute('aria-pressed', 'true');
  await expectNoSidewaysScroll(page, 'recall mode');
  expect((await new AxeBuilder({ page }).analyze()).violations, 'recall mode').toEqual([]);

  await page.getByRole('link', { name: 'Reader' }).click();
  await page.getByRole('button', { name: 'Annotations' }).click();
  await expect(page.getByRole('complementary')).toBeVisible();
  await expectNoSidewaysScroll(page, 'reader with sidebar');
  expect((await new AxeBuilder({ page }).analyze()).violations, 'reader with sidebar').toEqual([]);
});
