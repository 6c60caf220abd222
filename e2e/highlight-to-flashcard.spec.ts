import { test, expect } from './fixtures';
import { dragSelect } from './support/annotations';

const quote = 'China claims sovereignty over the uninhabited Senkaku Islands';

test('"Make card" on a selected passage and on a saved highlight opens the card maker with that passage', async ({ lectern }) => {
  const { page } = lectern;

  // From a fresh selection in the article.
  await dragSelect(page, 'p2', quote);
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await toolbar.getByRole('button', { name: 'Make card' }).click();
  await expect(page.getByRole('heading', { name: 'Make a card' })).toBeVisible();
  await expect(page.locator('.passage blockquote')).toHaveText(`“${quote}”`);

  // From a highlight kept in the sidebar: highlight, then use the card's "Make a flashcard" button.
  await page.getByRole('link', { name: 'Reader' }).click();
  await dragSelect(page, 'p2', quote);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight Blue' }).click();
  await page.getByRole('button', { name: /Annotations/ }).first().click();
  await page.getByRole('button', { name: /^Make a flashcard from/ }).click();
  await expect(page.getByRole('heading', { name: 'Make a card' })).toBeVisible();
  await expect(page.locator('.passage blockquote')).toHaveText(`“${quote}”`);

  await page.getByRole('radio', { name: 'Hide words (cloze)' }).check();
  await page.getByRole('group', { name: 'Words to hide' }).getByRole('button', { name: 'Senkaku', exact: true }).click();
  await page.getByRole('button', { name: 'Save card' }).click();
  await expect(page.getByRole('heading', { name: 'Card saved' })).toBeVisible();

  await page.getByRole('link', { name: 'Review' }).click();
  await expect(page.locator('.review-card__front')).toContainText('uninhabited […]');
});
