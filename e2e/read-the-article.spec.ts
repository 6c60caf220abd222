import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const article = JSON.parse(readFileSync('data/article.json', 'utf8')) as {
  section: string;
  title: string;
  author: string;
  photoCredit: string;
  paragraphs: { id: string; text: string }[];
};

test('shows the whole article verbatim, with its credit and without page furniture', async ({ lectern }) => {
  const { page } = lectern;
  const body = page.getByRole('article');
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  await expect(body.getByText(article.section)).toBeVisible();
  await expect(body.getByText(`By ${article.author}`)).toBeVisible();
  await expect(body.getByText(`Photo credit: ${article.photoCredit}`)).toBeAttached();

  const shown = await body.locator('[data-paragraph-id]').allTextContents();
  expect(shown).toEqual(article.paragraphs.map((p) => p.text));
  await expect(page.getByText('The Latest')).toHaveCount(0);
  await expect(page.getByText(/Usage of Drones/)).toHaveCount(0);
});

test('keeps the reading column between 60 and 80 characters wide', async ({ lectern }) => {
  const { page } = lectern;
  const measure = await page.locator('[data-paragraph-id="p1"]').evaluate((p) => {
    const probe = document.createElement('span');
    probe.textContent = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
    probe.style.whiteSpace = 'nowrap';
    p.appendChild(probe);
    const perChar = probe.getBoundingClientRect().width / 104;
    probe.remove();
    return p.getBoundingClientRect().width / perChar;
  });
  expect(measure).toBeGreaterThan(60);
  expect(measure).toBeLessThan(85);
});
