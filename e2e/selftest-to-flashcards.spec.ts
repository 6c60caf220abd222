import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import type { Question } from '../data/schemas/selftest';
import { cardFromQuestion } from '../electron/domain/selftest/card-from-question';
import { test, expect } from './fixtures';
import { callApi } from './support/api-call';
import { allSaved, answerByKeyboard, currentQuestion, openSelftest } from './support/selftest-driver';

/** A question's feedback on the results screen, found by its heading. */
function feedbackOf(page: Page, q: Question) {
  const prompt = q.kind === 'truefalse' ? q.statement : q.kind === 'evidence' ? q.claim : q.prompt;
  return page.locator('.results__list > li').filter({ has: page.getByRole('heading', { level: 3, name: prompt, exact: true }) });
}

async function shoot(page: Page, testInfo: TestInfo, q: Question, theme: string) {
  await feedbackOf(page, q).scrollIntoViewIfNeeded();
  const name = `selftest-make-card-${theme}.png`;
  await testInfo.attach(name, { body: await page.screenshot({ path: testInfo.outputPath(name) }), contentType: 'image/png' });
}

test('wrong answers become flashcards in one click, once each, and are found and reviewed in Flashcards', async ({ lectern }, testInfo) => {
  test.setTimeout(120_000);
  const { page } = lectern;
  await openSelftest(page);
  await page.getByRole('button', { name: 'Start the test' }).press('Enter');
  const missed: Question[] = [];
  for (let n = 1; n <= 2; n += 1) {
    const question = await currentQuestion(page);
    await answerByKeyboard(page, question, false);
    await allSaved(page);
    missed.push(question);
    await page.getByRole('button', { name: 'Next' }).press('Enter');
  }
  await page.getByRole('button', { name: 'Review answers' }).click();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByRole('heading', { name: /Your score/ })).toBeVisible();

  for (const q of missed) {
    const item = feedbackOf(page, q);
    await expect(item).toContainText(/Wrong|Partly right/);
    await item.getByRole('button', { name: /^Make a flashcard: question \d+$/ }).click();
    await expect(item.getByRole('button', { name: /^Added to flashcards: question \d+$/ })).toBeDisabled();
    await expect(item.getByRole('link', { name: /^See it in your cards/ })).toBeFocused();
  }
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await shoot(page, testInfo, missed[0]!, 'light');

  // After a reload (here in the dark theme) the buttons know the cards exist, so no second card can be made.
  await callApi(page, 'settings.update', { theme: 'dark' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const first = feedbackOf(page, missed[0]!);
  await expect(first.getByRole('button', { name: /^Already in your cards: question \d+$/ })).toBeDisabled();
  await shoot(page, testInfo, missed[0]!, 'dark');
  await expect(first.getByRole('link', { name: /^Open it in your cards/ })).toBeVisible();

  await page.getByRole('link', { name: 'Flashcards' }).first().click();
  await page.getByRole('link', { name: 'Browse cards' }).click();
  const search = page.getByRole('searchbox', { name: 'Search cards' });
  for (const q of missed) {
    const { front } = cardFromQuestion(q);
    await search.fill(front.split(/\s+/).slice(0, 8).join(' '));
    const rows = page.locator('.card-row').filter({ hasText: front });
    await expect(rows).toHaveCount(1);
  }
  await search.fill('');
  await page.getByLabel('Tag').selectOption('selftest');
  await expect(page.locator('.browser-count')).toHaveText('2 cards');

  // Own cards come first among new cards: the review opens on one of the two.
  await page.getByRole('link', { name: 'Review' }).click();
  const fronts = missed.map((q) => cardFromQuestion(q).front);
  const front = page.locator('.review-card__front');
  await expect.poll(async () => fronts.includes(((await front.textContent()) ?? '').trim())).toBe(true);
  const shown = missed[fronts.indexOf(((await front.textContent()) ?? '').trim())]!;
  await page.keyboard.press('Space');
  await expect(page.locator('.review-card__answer')).toHaveText(cardFromQuestion(shown).back);
  await page.keyboard.press('3');
  await expect(page.locator('.review__progress')).toContainText('1 reviewed');
});
