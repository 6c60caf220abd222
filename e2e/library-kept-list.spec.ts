/**
 * The library shows the list kept from its last visit at once when nothing changed since, and never
 * after a change made in the window: the first rows a person sees after highlighting in the reader
 * already count the new highlight.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { dragSelect, paintedCounts, paragraph } from './support/annotations';

const ARTICLE = /Japan Deepens Its Cooperation/;

declare global {
  interface Window {
    __rowTexts: string[];
    __loadingShown: boolean;
  }
}

/** Records the built-in article's row text each time the library's list changes, from now on. */
async function recordArticleRow(page: Page) {
  await page.evaluate(() => {
    window.__rowTexts = [];
    window.__loadingShown = false;
    const record = () => {
      if (document.querySelector('.library-page__status')) window.__loadingShown = true;
      const row = document.querySelector('[data-document-id="japan-nato"]');
      if (row && row.textContent !== window.__rowTexts.at(-1)) window.__rowTexts.push(row.textContent ?? '');
    };
    new MutationObserver(record).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

async function openLibrary(page: Page) {
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

test('after a highlight in the reader, the library never shows the count from before it', async ({ lectern }) => {
  const { page } = lectern;
  await openLibrary(page);
  const article = page.getByRole('listitem', { name: ARTICLE });
  await expect(article).toBeVisible();
  await expect(article).not.toContainText('annotation');

  await page.getByRole('link', { name: 'Reader' }).click();
  await dragSelect(page, 'p1', paragraph('p1').split(' ').slice(0, 3).join(' '));
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight Yellow' }).click();
  await expect.poll(() => paintedCounts(page)).toMatchObject({ yellow: 1 });

  await recordArticleRow(page);
  await openLibrary(page);
  await expect(article).toContainText('1 annotation');
  const seen = await page.evaluate(() => window.__rowTexts);
  expect(seen.length).toBeGreaterThan(0);
  for (const text of seen) expect(text).toContain('1 annotation');
});

test('a visit with nothing changed since the last one shows its rows in the frame the screen opens', async ({ lectern }) => {
  const { page } = lectern;
  await openLibrary(page);
  await expect(page.getByRole('listitem', { name: ARTICLE })).toBeVisible();
  await page.getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { name: 'Cards by state' })).toBeVisible();

  // The loading line never appears: the rows are there in the screen's first frame.
  await recordArticleRow(page);
  await openLibrary(page);
  await expect(page.getByRole('listitem', { name: ARTICLE })).toBeVisible();
  expect(await page.evaluate(() => window.__loadingShown)).toBe(false);
});
