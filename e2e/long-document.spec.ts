/**
 * A book-length document (about a million characters) lays out only what is near the viewport, yet
 * find and highlights work at its very end, and the highlight is there again after a restart.
 */
import type { Route } from '@playwright/test';
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

test('a book-length document has its full height before any script runs, and a jump into it keeps every box near the viewport at its height', async ({ lectern, mode, browser }) => {
  test.skip(mode === 'electron', 'the book is imported through the web host’s upload, and a browser context with scripts off exists only there');
  test.setTimeout(180_000);
  const book = await importLongBook(lectern.page);
  // The launch address reopens on the document read last: the book.
  const token = await lectern.page.evaluate(() => sessionStorage.getItem('lectern.token'));
  const address = `${new URL(lectern.page.url()).origin}/?token=${token}`;
  const viewport = lectern.page.viewportSize();

  // The page as it comes, scripts off: its chunks already take the height their text will.
  const noScripts = await browser.newContext({ javaScriptEnabled: false, viewport });
  const bare = await noScripts.newPage();
  await bare.goto(address);
  await expect(bare.locator(`[data-paragraph-id="${book.blocks[0]!.id}"]`)).toBeVisible();
  const bareHeight = await bare.evaluate(() => document.documentElement.scrollHeight);
  await noScripts.close();

  // The app, its chunk filler held back (as on a slow disk): every chunk but the first few is empty.
  const context = await browser.newContext({ viewport });
  const held: Route[] = [];
  await context.route('**/assets/ChunkFiller-*.js', (route) => void held.push(route));
  const page = await context.newPage();
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1, name: 'The River Years' })).toBeVisible();
  await expect(page.locator('#root')).not.toHaveAttribute('aria-busy');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // About a million characters: hundreds of screens at the default size and measure.
  expect(height / viewport!.height).toBeGreaterThan(200);
  expect(bareHeight / height).toBeGreaterThan(0.97);
  expect(bareHeight / height).toBeLessThan(1.03);

  // A jump to the middle (the scrollbar dragged there) lands on chunks not filled yet: in the frames
  // before their text is in, each one keeps its height (a box laid out empty would take none and
  // pull everything below it up: a ResizeObserver on every chunk would see it lose half its height or more).
  const shrunk = await page.evaluate(
    () =>
      new Promise<{ chunk: string; before: number; height: number }[]>((resolve) => {
        const seen: { chunk: string; before: number; height: number }[] = [];
        const before = new Map<Element, number>();
        let jumped = false;
        const observer = new ResizeObserver((entries) => {
          for (const entry of entries) {
            const height = entry.borderBoxSize[0]!.blockSize;
            if (!jumped) before.set(entry.target, height);
            else if (height < before.get(entry.target)! / 2) seen.push({ chunk: (entry.target as HTMLElement).dataset.chunk!, before: before.get(entry.target)!, height });
          }
        });
        for (const chunk of document.querySelectorAll('[data-chunk]')) observer.observe(chunk);
        // The observer's first report (every chunk as it is) comes before the jump.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            jumped = true;
            window.scrollTo({ top: document.documentElement.scrollHeight / 2, behavior: 'instant' });
            let frames = 0;
            const wait = () => (++frames < 20 ? requestAnimationFrame(wait) : (observer.disconnect(), resolve(seen)));
            requestAnimationFrame(wait);
          }),
        );
      }),
  );
  expect(shrunk).toEqual([]);

  // The filler arrives: the text shows where the reader jumped.
  expect(held.length).toBe(1);
  for (const route of held) await route.continue();
  await expect
    .poll(() => page.evaluate(() => [0.25, 0.5, 0.75].some((y) => document.elementFromPoint(innerWidth / 2, innerHeight * y)?.closest('[data-paragraph-id]'))))
    .toBe(true);

  // Then a hard flick down into text not filled yet (80 px a frame, 150 frames): the chunks ahead are
  // filled while out of sight (the filler watches groups of chunks, long-text-chunks.ts), so no frame
  // shows a window without text.
  const blankFrames = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let frames = 0;
        let blank = 0;
        const step = () => {
          if (![0.25, 0.5, 0.75].some((y) => document.elementFromPoint(innerWidth / 2, innerHeight * y)?.closest('[data-paragraph-id]'))) blank += 1;
          window.scrollBy({ top: 80, behavior: 'instant' });
          if (++frames < 150) requestAnimationFrame(step);
          else resolve(blank);
        };
        requestAnimationFrame(step);
      }),
  );
  expect(blankFrames).toBe(0);
  await context.close();
});
