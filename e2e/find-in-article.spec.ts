import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const paragraphs = (JSON.parse(readFileSync('data/article.json', 'utf8')) as { paragraphs: { text: string }[] }).paragraphs;
const occurrences = (word: string) => paragraphs.reduce((n, p) => n + p.text.split(word).length - 1, 0);

test('Ctrl+F finds words with a count, steps through matches and closes with Escape', async ({ lectern }) => {
  const { page } = lectern;
  await page.keyboard.press('Control+f');
  const field = page.getByRole('searchbox', { name: 'Find in article' });
  await expect(field).toBeFocused();

  await field.fill('Senkaku');
  await expect(page.getByText('1 of 1', { exact: true })).toBeVisible();

  const nato = occurrences('NATO');
  expect(nato).toBeGreaterThan(5);
  await field.fill('NATO');
  await expect(page.getByText(`1 of ${nato}`, { exact: true })).toBeVisible();
  await field.press('Enter');
  await expect(page.getByText(`2 of ${nato}`, { exact: true })).toBeVisible();
  await field.press('Shift+Enter');
  await field.press('Shift+Enter');
  await expect(page.getByText(`${nato} of ${nato}`, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(page.getByText(`1 of ${nato}`, { exact: true })).toBeVisible();

  // Matches are painted with the Custom Highlight API, leaving the paragraph text untouched.
  const painted = await page.evaluate(() => CSS.highlights.get('find-match')?.size ?? 0);
  expect(painted).toBe(nato);

  await field.fill('zeppelin');
  await expect(page.getByText('No matches')).toBeVisible();

  await field.press('Escape');
  await expect(field).toBeHidden();
  expect(await page.evaluate(() => CSS.highlights.has('find-match'))).toBe(false);
});
