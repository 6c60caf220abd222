import { test, expect } from './fixtures';
import { exportedFile } from './support/exported-file';

/** The "Make card" route for a quote of a paragraph, as the highlight's button will open it. */
async function makeCardRoute(page: import('@playwright/test').Page, paragraph: string, quote: string): Promise<string> {
  const text = (await page.locator(`[data-paragraph-id="${paragraph}"]`).textContent()) ?? '';
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return `#/flashcards/new?passage=${paragraph}:${start}-${start + quote.length}`;
}

test('makes a cloze card from a passage, finds it in the browser and reviews it with the gap', async ({ lectern }) => {
  const { page } = lectern;
  const quote = 'Japan has declared its intention to establish an independent mission to NATO';
  await page.evaluate((hash) => (window.location.hash = hash), await makeCardRoute(page, 'p1', quote));
  await expect(page.getByRole('heading', { name: 'Make a card' })).toBeVisible();
  await expect(page.locator('.passage blockquote')).toHaveText(`“${quote}”`);

  await page.getByRole('radio', { name: 'Hide words (cloze)' }).check();
  await page.getByRole('button', { name: 'Save card' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose at least one word to hide.');
  const words = page.getByRole('group', { name: 'Words to hide' });
  await words.getByRole('button', { name: 'independent', exact: true }).click();
  await words.getByRole('button', { name: 'mission', exact: true }).click();
  await expect(words.getByRole('button', { name: 'mission', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // Each gap reads "[…]" on screen and "blank" to a screen reader.
  await expect(page.getByTestId('cloze-preview')).toHaveText('Japan has declared its intention to establish an […]blank to NATO');
  await page.getByLabel('Tags (optional)').fill('mission');
  await page.getByRole('button', { name: 'Save card' }).click();
  await expect(page.getByRole('heading', { name: 'Card saved' })).toBeFocused();

  await page.getByRole('link', { name: 'Browse cards' }).click();
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('independent mission');
  await expect(page.locator('.browser-count')).toHaveText('2 cards');
  await page.getByLabel('Tag').selectOption('mission');
  await expect(page.locator('.browser-count')).toHaveText('1 card');
  const row = page.locator('.card-row').first();
  await expect(row).toContainText('[…]');
  await expect(row).toContainText('New');

  // Own cards come first among new cards, so it is the first card of the review.
  await page.getByRole('link', { name: 'Review' }).click();
  const front = page.locator('.review-card__front');
  await expect(front).toHaveText('Japan has declared its intention to establish an […]blank to NATO');
  await page.keyboard.press('Space');
  await expect(front.locator('mark')).toHaveText('independent mission');
  await expect(page.locator('[aria-live="polite"]')).toHaveText(`Answer: ${quote}`);
  await page.keyboard.press('3');
  await expect(page.locator('.review__progress')).toContainText('1 reviewed');
});

test('makes a basic card, edits it, and deletes it; a deck card can only be suspended and reset', async ({ lectern }) => {
  const { page } = lectern;
  const quote = 'Article 5 serves as an insurance policy against future enemies';
  await page.evaluate((hash) => (window.location.hash = hash), await makeCardRoute(page, 'p5', quote));
  await expect(page.getByLabel(/^Back/)).toHaveValue(quote);
  await page.getByRole('button', { name: 'Save card' }).click();
  await expect(page.getByRole('alert')).toHaveText('Write a question on the front.');
  await page.getByLabel(/^Front/).fill('What does Article 5 serve as, in the article’s words?');
  await page.getByRole('button', { name: 'Save card' }).click();
  await expect(page.getByRole('heading', { name: 'Card saved' })).toBeVisible();

  await page.getByRole('link', { name: 'Browse cards' }).click();
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('insurance policy');
  await page.getByRole('button', { name: /What does Article 5 serve as/ }).click();
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Front', { exact: true }).fill('What is Article 5, as the article puts it?');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toHaveText('Card saved.');
  await expect(page.getByRole('button', { name: /What is Article 5, as the article puts it/ })).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: /What is Article 5/ })).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Search cards' }).fill('');
  // The deck's first card, a cloze hiding the city.
  await page.getByRole('button', { name: /no later than 2024 in blank/ }).click();
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Suspend' }).click();
  await expect(page.locator('.card-row').first().locator('.state-badge')).toHaveText('Suspended');
  await page.getByLabel('State').selectOption('suspended');
  await expect(page.locator('.browser-count')).toHaveText('1 card');
  await page.getByRole('button', { name: 'Unsuspend' }).click();
  await expect(page.locator('.browser-count')).toHaveText('0 cards');
});

test('a link to no passage says what to do instead', async ({ lectern }) => {
  const { page } = lectern;
  await page.evaluate(() => (window.location.hash = '#/flashcards/new?passage=p9:0-10'));
  await expect(page.getByText('This link does not point at a passage of the article.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'reader', exact: true })).toBeVisible();
});

test('exports the cards for Anki and as CSV', async ({ lectern }) => {
  const { page } = lectern;
  await page.evaluate(() => (window.location.hash = '#/cards'));
  const anki = await exportedFile(lectern, () => page.getByRole('button', { name: 'Export for Anki (text)' }).click());
  expect(anki.name).toMatch(/^lectern-flashcards-\d{4}-\d{2}-\d{2}\.txt$/);
  const { text } = anki;
  expect(text.split('\n').slice(0, 6)).toEqual(['#separator:tab', '#html:false', '#deck:Lectern::Japan and NATO', '#guid column:1', '#notetype column:2', '#tags column:5']);
  expect(text).toContain('lectern-hayashi-role\tBasic\tWhat post does Yoshimasa Hayashi hold?\t"Japan’s Foreign Minister.\n\n“');
  // A deck cloze keeps its hint in Anki's syntax.
  expect(text).toContain('lectern-liaison-office-type\tCloze\tThe {{c1::single-agency::kind}} liaison office');
  // The web version says what it downloaded; the desktop, where it saved (after the person chose).
  await expect(page.getByRole('status')).toHaveText(lectern.electronApp ? /^Saved to .+lectern-flashcards-.+\.txt\.$/ : /^Exported lectern-flashcards-.+\.txt\.$/);
  const csv = await exportedFile(lectern, () => page.getByRole('button', { name: 'Export CSV' }).click());
  expect(csv.name).toMatch(/\.csv$/);
});
