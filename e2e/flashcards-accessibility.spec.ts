import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { callApi } from './support/api-call';

async function checkScreen(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations, name).toEqual([]);
  const shot = await page.screenshot({ fullPage: true, path: testInfo.outputPath(`${name}.png`) });
  await testInfo.attach(`${name}.png`, { body: shot, contentType: 'image/png' });
}

/** The theme set, a little history (bars in the statistics, every state in the browser), then the review. */
async function openWithHistory(page: Page, theme: string): Promise<void> {
  await callApi(page, 'settings.update', { theme });
  await callApi(page, 'reviews.record', { cardId: 'liaison-office-city', rating: 3, durationMs: 4000 });
  await callApi(page, 'reviews.record', { cardId: 'liaison-office-deadline', rating: 1, durationMs: 4000 });
  await callApi(page, 'cards.suspend', { id: 'liaison-office-type' });
  await page.evaluate(() => (window.location.hash = '#/flashcards'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const theme of ['light', 'sepia', 'dark'] as const) {
  test(`the review's front and back have no axe violations in the ${theme} theme (screenshots attached)`, async ({ lectern }, testInfo) => {
    // Each axe analysis takes seconds on a loaded machine.
    test.setTimeout(60_000);
    const { page } = lectern;
    await openWithHistory(page, theme);
    await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
    await checkScreen(page, testInfo, `review-front-${theme}`);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: /^Good/ })).toBeFocused();
    await page.getByText('Review settings').click();
    await checkScreen(page, testInfo, `review-back-${theme}`);
    // Rating buttons are comfortably larger than the 24 x 24 px minimum target.
    const box = await page.getByRole('button', { name: /^Hard/ }).boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
  });

  test(`the card browser, Progress and Make card have no axe violations in the ${theme} theme (screenshots attached)`, async ({ lectern }, testInfo) => {
    // Axe over the card browser grows with the deck (74 cards since the content rewrite).
    test.setTimeout(120_000);
    const { page } = lectern;
    await openWithHistory(page, theme);

    await page.getByRole('link', { name: 'Browse cards' }).click();
    await page.getByRole('button', { name: /What post does Yoshimasa Hayashi hold/ }).click();
    await checkScreen(page, testInfo, `browser-${theme}`);

    await page.getByRole('link', { name: 'Progress' }).click();
    await expect(page.getByRole('heading', { name: 'Cards by state' })).toBeVisible();
    await page.getByText('Show as table').first().click();
    await checkScreen(page, testInfo, `progress-${theme}`);

    const text = (await callApi<{ cards: { id: string; source: { start: number; end: number } }[] }>(page, 'cards.list', {})).cards[0]!.source;
    await page.evaluate((hash) => (window.location.hash = hash), `#/flashcards/new?passage=p1:${text.start}-${text.end}`);
    await page.getByRole('radio', { name: 'Hide words (cloze)' }).check();
    await page.getByRole('group', { name: 'Words to hide' }).getByRole('button').first().click();
    await checkScreen(page, testInfo, `make-card-${theme}`);
  });
}
