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

test('a document opened but not yet scrolled reopens at its top, with its title in view', async ({ lectern }) => {
  let page = lectern.page;
  const text = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of a long note on tides, with enough words in it to fill a line or two of the reader.`).join('\n\n');
  const pasted = await callApi<Outcome>(page, 'library.paste', { title: 'A long note on tides', author: '', text });
  await page.evaluate((hash) => (window.location.hash = hash), `#/reader?doc=${pasted.item.id}`);
  const title = page.getByRole('heading', { level: 1, name: 'A long note on tides' });
  await expect(title).toBeInViewport();
  page = await lectern.restart();
  await expect(page.getByText('Paragraph 1 of a long note')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await expect(page.getByRole('heading', { level: 1, name: 'A long note on tides' })).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('an address naming a document that is not in the library says so and keeps the open one', async ({ lectern }) => {
  const { page } = lectern;
  await expect(page.getByRole('heading', { level: 1, name: /Japan Deepens Its Cooperation/ })).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/reader?doc=no-such-document'));
  await expect(page.getByText('The document could not be opened')).toBeVisible();
  await expect(page.getByText(/is still open/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /Japan Deepens Its Cooperation/ })).toBeVisible();
});
