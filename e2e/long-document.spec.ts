/**
 * A book-length document (about a million characters) lays out only what is near the viewport, yet
 * find and highlights work at its very end, and the highlight is there again after a restart.
 */
import { test, expect } from './fixtures';
import { dragSelect, paintedCounts } from './support/annotations';
import { importLongBook } from './perf/long-book';

test('find and a highlight work at the end of a book-length document, and the highlight survives a restart', async ({ lectern, mode }) => {
  test.skip(mode === 'electron', 'the book is imported through the web host’s upload');
  test.setTimeout(180_000);
  const book = await importLongBook(lectern.page);
  expect(book.characters).toBeGreaterThan(900_000);
  // The app reopens on the document read last: the book.
  let page = await lectern.restart();
  await expect(page.getByRole('heading', { level: 1, name: 'The River Years' })).toBeVisible();

  // Most of the book is not laid out: content-visibility skips the blocks far from the viewport.
  const last = book.blocks.at(-1)!;
  const lastBlock = page.locator(`[data-paragraph-id="${last.id}"]`);
  await expect(lastBlock).not.toBeInViewport();

  // A phrase that occurs only in the last block: across its last two sentences, widened until no
  // other block holds it (the book's grammar repeats whole sentences).
  const junction = last.text.lastIndexOf('. ');
  const phrase = [20, 40, 60, 80, 100]
    .map((half) => last.text.slice(Math.max(0, junction - half), junction + half).trim())
    .find((p) => book.blocks.filter((b) => b.text.includes(p)).length === 1)!;
  expect(phrase).toBeTruthy();
  await page.keyboard.press('Control+f');
  const field = page.getByRole('searchbox', { name: 'Find in article' });
  await field.fill(phrase);
  await expect(page.getByText('1 of 1', { exact: true })).toBeVisible();
  await expect(lastBlock).toBeInViewport();
  expect(await page.evaluate(() => CSS.highlights.get('find-current')?.size ?? 0)).toBe(1);
  await field.press('Escape');

  const quote = last.text.slice(0, last.text.indexOf(' ', 40));
  await dragSelect(page, last.id, quote, last.text);
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await toolbar.getByRole('button', { name: 'Highlight Green' }).click();
  await expect.poll(() => paintedCounts(page)).toMatchObject({ green: 1 });

  page = await lectern.restart();
  await expect(page.getByRole('heading', { level: 1, name: 'The River Years' })).toBeVisible();
  await expect.poll(() => paintedCounts(page)).toMatchObject({ green: 1 });
  await page.getByRole('button', { name: 'Annotations' }).click();
  await expect(page.getByRole('complementary').getByText(quote.slice(0, 30))).toBeVisible();
});
