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

test('the skip link takes the keyboard to the article title and stays in the reader', async ({ lectern }) => {
  const { page } = lectern;
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to article' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveURL(/#\/reader|#?$/);
  // The next Tab goes on into the article's text, not back to the header.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'Article text' })).toBeFocused();
});

test('a narrow window keeps the header on one line', async ({ lectern }) => {
  const { page } = lectern;
  await page.setViewportSize({ width: 760, height: 800 });
  const header = await page.getByRole('banner').boundingBox();
  expect(header!.height).toBeLessThanOrEqual(60);
  for (const name of ['Reader', 'Flashcards', 'Self-test', 'Argument map', 'Progress']) {
    const link = await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).boundingBox();
    expect(link!.height, name).toBeLessThan(44);
    expect(link!.x + link!.width, name).toBeLessThanOrEqual(760);
  }
});
