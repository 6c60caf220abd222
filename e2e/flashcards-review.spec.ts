import { test, expect } from './fixtures';
import { readFileSync } from 'node:fs';
import { savedDoc } from './support/saved-data';

// Read with fs: Playwright's loader wants import attributes on JSON.
const deckSize = (JSON.parse(readFileSync('data/flashcards.json', 'utf8')) as { cards: unknown[] }).cards.length;

const progressLine = (page: import('@playwright/test').Page) => page.locator('.review__progress');

test('reviews five cards by keyboard only, rating them differently; a restart keeps the due counts and statistics', async ({ lectern }) => {
  let page = lectern.page;
  await page.getByRole('link', { name: 'Flashcards' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Flashcards' })).toBeVisible();
  await expect(progressLine(page)).toContainText('20 left');
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeFocused();

  const ratings = ['1', '2', '3', '4', '3'];
  for (const [index, key] of ratings.entries()) {
    const question = await page.locator('.review-card__front').textContent();
    await page.keyboard.press('Space');
    // The answer is announced, and focus moves to the ratings, each with its interval.
    await expect(page.locator('[aria-live="polite"]')).toHaveText(/^Answer: .+/);
    await expect(page.getByRole('button', { name: /^Good/ })).toBeFocused();
    await expect(page.getByRole('button', { name: /^Again/ })).toContainText('1m');
    await expect(page.getByRole('button', { name: /^Good/ })).toContainText('10m');
    await page.keyboard.press(key);
    await expect(progressLine(page)).toContainText(`${index + 1} reviewed`);
    await expect(page.locator('.review-card__front')).not.toHaveText(question ?? '');
  }
  await expect(progressLine(page)).toContainText('15 left');
  // Ratings are saved behind the next card; restart only once all five are on disk.
  await expect.poll(async () => ((await savedDoc(lectern.dataDir)).reviewLog as unknown[] | undefined)?.length ?? 0).toBe(5);

  // Same data dir, same day: the five ratings are kept.
  page = await lectern.restart();
  await page.getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { name: 'Progress' })).toBeVisible();
  const figure = (name: string) => page.locator('.summary-figures div').filter({ hasText: name }).locator('dd');
  await expect(figure('Reviews today')).toHaveText('5');
  await expect(figure('Streak')).toHaveText('1 day');
  const state = (name: string) => page.locator('.state-bars li').filter({ has: page.getByText(name, { exact: true }) }).locator('.state-bars__count');
  await expect(state('Learning')).toHaveText('4');
  await expect(state('Review')).toHaveText('1');
  await expect(state('New')).toHaveText(String(deckSize - 5));

  // Two days later: the four learning cards are due, and 20 new cards again; yesterday's reviews count.
  const later = new Date(Date.now() + 2 * 86_400_000).toISOString();
  page = await lectern.restart({ now: later });
  await page.goto(page.url().replace(/#.*$/, '') + '#/flashcards');
  await expect(progressLine(page)).toContainText('24 left');
  await expect(progressLine(page)).toContainText('4 learning, 0 to review, 20 new');
  await page.getByRole('link', { name: 'Progress' }).click();
  await expect(figure('Due now')).toHaveText('4');
  await expect(figure('Reviews today')).toHaveText('0');
  await page.getByText('Show as table').nth(1).click();
  await expect(page.getByRole('table').locator('td').filter({ hasText: '5' })).toHaveCount(1);

  // The card browser reads the same clock: the four learning cards are due now, not "in 10m".
  await page.goto(page.url().replace(/#.*$/, '') + '#/cards');
  const dues = page.locator('.card-row__due');
  await expect(dues.filter({ hasText: 'due now' })).toHaveCount(4);
  await expect(dues.filter({ hasText: /due in (1|10)m/ })).toHaveCount(0);
});

test('Ctrl+Z undoes the last rating and brings the card back', async ({ lectern }) => {
  const { page } = lectern;
  await page.getByRole('link', { name: 'Flashcards' }).click();
  const question = await page.locator('.review-card__front').textContent();
  await page.keyboard.press('Enter');
  await page.keyboard.press('4');
  await expect(progressLine(page)).toContainText('1 reviewed');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Last rating undone.' })).toBeVisible();
  await expect(page.locator('.review-card__front')).toHaveText(question ?? '');
  await expect(progressLine(page)).toContainText('20 left');
  await expect(page.getByRole('button', { name: 'Undo last rating (Ctrl+Z)' })).toBeDisabled();
});

test('single-key shortcuts can be turned off, and never act while typing', async ({ lectern }) => {
  const { page } = lectern;
  await page.getByRole('link', { name: 'Flashcards' }).click();
  await page.getByText('Review settings').click();
  const perDay = page.getByLabel('New cards per day');
  await perDay.fill('1');
  await perDay.press('Space');
  await expect(page.locator('.review-card__back')).toHaveCount(0);
  await perDay.fill('12');
  await perDay.press('Enter');
  await page.getByLabel(/Single-key shortcuts/).uncheck();
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.locator('.review-card__back')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Show answer$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.keyboard.press('3');
  await expect(progressLine(page)).toContainText('0 reviewed');
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(progressLine(page)).toContainText('11 left');
  await page.reload();
  await page.getByText('Review settings').click();
  await expect(page.getByLabel(/Single-key shortcuts/)).not.toBeChecked();
  await expect(page.getByLabel('New cards per day')).toHaveValue('12');
});

test('"Show in article" on the back lands on the passage, highlighted', async ({ lectern }) => {
  const { page } = lectern;
  await page.getByRole('link', { name: 'Flashcards' }).click();
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeFocused();
  await page.keyboard.press('Space');
  const quote = ((await page.locator('.review-card__source blockquote').textContent()) ?? '').replace(/^“|”$/g, '');
  await page.getByRole('button', { name: 'Show in article' }).click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('focus-passage')?.size ?? 0)).toBe(1);
  const highlighted = await page.evaluate(() => [...(CSS.highlights.get('focus-passage') ?? [])].map((r) => (r as Range).toString()));
  expect(highlighted).toEqual([quote]);
  await expect(page.locator('[data-paragraph-id="p1"]')).toBeInViewport();
});

test('ends with a summary, then says when the next card is due and what to do next', async ({ lectern }) => {
  const { page } = lectern;
  await page.getByRole('link', { name: 'Flashcards' }).click();
  await page.getByText('Review settings').click();
  await page.getByLabel('New cards per day').fill('2');
  await page.getByLabel('New cards per day').press('Enter');
  await expect(progressLine(page)).toContainText('2 left');
  await page.getByRole('button', { name: /Show answer/ }).focus();
  for (const key of ['Space', '4', 'Enter', '1']) await page.keyboard.press(key);
  // "Again" brings the second card back at once (nothing else is left); then it is rated Easy.
  await expect(progressLine(page)).toContainText('1 left');
  await page.keyboard.press('Space');
  await page.keyboard.press('4');

  const summary = page.getByRole('region', { name: 'Session complete' });
  await expect(summary.getByRole('heading', { name: 'Session complete' })).toBeFocused();
  const figure = (name: string) => summary.locator('.summary-figures div').filter({ hasText: name }).locator('dd');
  await expect(figure('Reviewed')).toHaveText('3');
  await expect(figure('Correct')).toHaveText('67 %');
  await expect(figure('Next due')).toHaveText(/^in \d+d$/);

  await page.getByRole('button', { name: 'Check for due cards' }).click();
  await expect(page.getByRole('heading', { name: /^Nothing due — next card due in \d+d$/ })).toBeVisible();
  await expect(page.getByText('You have met today’s limit of new cards')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Browse the cards' })).toBeVisible();
});
