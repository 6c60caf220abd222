import { test, expect } from './fixtures';
import { callApi } from './support/api-call';

type Outcome = { outcome: string; item: { id: string; title: string } };

test('the reader opens the document the address names, keeps it across pages, and reopens on it', async ({ lectern }) => {
  let page = lectern.page;
  await expect(page.getByRole('heading', { level: 1, name: /Japan Deepens Its Cooperation/ })).toBeVisible();
  const pasted = await callApi<Outcome>(page, 'library.paste', {
    title: 'Notes on tides',
    author: 'A. Student',
    text: 'The moon pulls the sea toward it.\n\nTwo high tides reach each coast every day.',
  });
  expect(pasted.outcome).toBe('imported');

  await page.evaluate((hash) => (window.location.hash = hash), `#/reader?doc=${pasted.item.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Notes on tides' })).toBeVisible();
  await expect(page.getByText('Two high tides reach each coast every day.')).toBeVisible();

  // Another page and back: still the same document.
  await page.getByRole('link', { name: 'Flashcards' }).click();
  await page.getByRole('link', { name: 'Reader' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes on tides' })).toBeVisible();

  page = await lectern.restart();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes on tides' })).toBeVisible();

  await page.evaluate(() => (window.location.hash = '#/reader?doc=japan-nato'));
  await expect(page.getByRole('heading', { level: 1, name: /Japan Deepens Its Cooperation/ })).toBeVisible();
});

test('an address naming a document that is not in the library says so and keeps the open one', async ({ lectern }) => {
  const { page } = lectern;
  await expect(page.getByRole('heading', { level: 1, name: /Japan Deepens Its Cooperation/ })).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/reader?doc=no-such-document'));
  await expect(page.getByText('The document could not be opened')).toBeVisible();
  await expect(page.getByText(/is still open/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /Japan Deepens Its Cooperation/ })).toBeVisible();
});
