// A learner's data file from before the content rewrite (issue 10) opens without a blank screen:
// the old results show each question as it was answered, the unfinished attempt resumes with its own
// questions, and cards that left the deck are counted apart on the progress page.
import AxeBuilder from '@axe-core/playwright';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures';
import { openSelftest } from './support/selftest-driver';

test.beforeEach(async ({ lectern }) => {
  await lectern.stop();
  await copyFile('electron/store/fixtures/pre-content-rewrite.json', path.join(lectern.dataDir, 'lectern.json'));
  await lectern.start();
});

test('an attempt saved before the rewrite opens from the history, with its removed and changed questions as answered', async ({ lectern }, testInfo) => {
  const { page } = lectern;
  await openSelftest(page);
  await page.getByRole('button', { name: 'History and score trend' }).click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Results of attempt 1' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Your score: \d+%/);
  const results = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
  // Removed by the rewrite: still shown as it was asked.
  await expect(results.getByRole('heading', { name: 'Where Japan lies on the map stands in the way of membership.' })).toBeVisible();
  await expect(results.getByRole('heading', { name: 'In May, Prime Minister Kishida said that Japan had no plans to join NATO.' })).toBeVisible();
  // Changed by the rewrite: the option the learner picked, as it read then.
  await expect(results.getByText('It is unlikely.', { exact: true }).first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
  await page.screenshot({ fullPage: true, path: testInfo.outputPath('old-results.png') });
});

test('the unfinished attempt from before the rewrite resumes with its own questions', async ({ lectern }) => {
  const { page } = lectern;
  await openSelftest(page);
  await expect(page.getByText('You have an unfinished attempt: 2 of 4 answered.')).toBeVisible();
  await page.getByRole('button', { name: 'Resume attempt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Question \d of 4/);
  await page.getByRole('button', { name: 'Review answers' }).click();
  await expect(page.getByText('Where Japan lies on the map stands in the way of membership.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Submit answers' })).toBeVisible();
});

test('cards retired by the rewrite are counted apart on the progress page', async ({ lectern }) => {
  const { page } = lectern;
  await page.goto(page.url().replace(/#.*$/, '') + '#/progress');
  await expect(page.getByRole('heading', { name: 'Progress', level: 1 })).toBeVisible();
  await expect(page.getByText(/Retired: 3 cards with 4 reviews\./)).toBeVisible();
});
