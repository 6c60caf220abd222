import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { callApi } from './support/api-call';
import { dragSelect } from './support/annotations';

type Pasted = { outcome: string; item: { id: string } };
type Opened = { document: { sections: { title: string; blocks: { id: string; text: string }[] }[] } };

const filler = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `${topic} note ${i + 1}: the water rises and falls twice a day, and sailors plan their passage by the tables printed for each port.`);

/** A pasted text of three chapters ("Chapter N" lines), long enough that the last one starts far below the first screen. */
const text = [
  'Chapter 1 The moon',
  'The moon pulls the sea toward it.',
  ...filler('Moon', 12),
  'Chapter 2 The coast',
  'Two high tides reach each coast every day.',
  ...filler('Coast', 12),
  'Chapter 3 The harbour',
  'Ships wait outside the harbour for the high water.',
  ...filler('Harbour', 4),
].join('\n\n');

async function pasteTides(page: Page) {
  const pasted = await callApi<Pasted>(page, 'library.paste', { title: 'Notes on tides', author: 'A. Student', text });
  expect(pasted.outcome).toBe('imported');
  const opened = await callApi<Opened>(page, 'library.open', { id: pasted.item.id });
  await page.evaluate((hash) => (window.location.hash = hash), `#/reader?doc=${pasted.item.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Notes on tides' })).toBeVisible();
  return { id: pasted.item.id, blocks: opened.document.sections.flatMap((section) => section.blocks) };
}

async function checkScreen(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations, name).toEqual([]);
  const shot = await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  await testInfo.attach(`${name}.png`, { body: shot, contentType: 'image/png' });
}

test('the contents of a document of chapters jump to a chapter, and the chapter being read is marked', async ({ lectern }) => {
  const { page } = lectern;
  await pasteTides(page);
  const text = page.getByRole('region', { name: 'Article text' });
  // Each chapter line shows once, as its chapter's heading.
  await expect(text.getByRole('heading', { level: 2 })).toHaveText(['Chapter 1 The moon', 'Chapter 2 The coast', 'Chapter 3 The harbour']);

  await page.getByRole('button', { name: 'Contents' }).click();
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('button')).toHaveText(['Chapter 1 The moon', 'Chapter 2 The coast', 'Chapter 3 The harbour']);
  await expect(contents.getByRole('button', { name: 'Chapter 1 The moon' })).toBeFocused();
  await expect(contents.getByRole('button', { name: 'Chapter 1 The moon' })).toHaveAttribute('aria-current', 'location');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  const harbour = page.getByRole('heading', { level: 2, name: 'Chapter 3 The harbour' });
  await expect(harbour).toBeFocused();
  await expect(harbour).toBeInViewport();
  await expect(contents).toBeHidden();
  const place = await page.evaluate(() => window.scrollY);
  // By keyboard: focus on a control of the sticky bar used to scroll the page half a screen.
  await page.getByRole('button', { name: 'Contents' }).focus();
  await page.keyboard.press('Enter');
  await expect(contents.getByRole('button', { name: 'Chapter 3 The harbour' })).toHaveAttribute('aria-current', 'location');
  await expect(contents.getByRole('button', { name: 'Chapter 3 The harbour' })).toBeFocused();
  // Opening the contents leaves the page where it was.
  expect(await page.evaluate(() => window.scrollY)).toBe(place);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Contents' })).toBeFocused();
});

test('the navigation offers a self-test and an argument map only for a document that has them', async ({ lectern }) => {
  const { page } = lectern;
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Self-test' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Argument map' })).toBeVisible();
  // The built-in article has no chapters: no contents.
  await expect(page.getByRole('button', { name: 'Contents' })).toHaveCount(0);

  await pasteTides(page);
  await expect(nav.getByRole('link')).toHaveText(['Library', 'Reader', 'Flashcards', 'Questions', 'Progress']);

  // An address (or the desktop's View menu) can still lead there: the page says why and leads back.
  await page.evaluate(() => (window.location.hash = '#/selftest'));
  await expect(page.getByRole('heading', { level: 1, name: 'Self-test' })).toBeVisible();
  await expect(page.getByText('“Notes on tides” has no self-test')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the reader' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes on tides' })).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/argument-map'));
  await expect(page.getByText('“Notes on tides” has no argument map')).toBeVisible();

  await page.evaluate(() => (window.location.hash = '#/reader?doc=japan-nato'));
  await expect(page.getByRole('heading', { level: 1, name: /Japan Deepens Its Cooperation/ })).toBeVisible();
  await expect(nav.getByRole('link')).toHaveText(['Library', 'Reader', 'Flashcards', 'Self-test', 'Questions', 'Argument map', 'Progress']);
});

test('cards made from a passage of a document are reviewed in its deck, and the deck picked is remembered', async ({ lectern }) => {
  test.setTimeout(90_000);
  let page = lectern.page;
  const { blocks } = await pasteTides(page);
  const coast = blocks.find((block) => block.text.startsWith('Two high tides'))!;
  const moon = blocks.find((block) => block.text.startsWith('The moon pulls'))!;

  // A basic card from a selection in the reader, once the text has settled (fonts, the reading place).
  await expect(page.getByText(coast.text)).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await dragSelect(page, coast.id, 'Two high tides reach each coast', coast.text);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Make card' }).click();
  await expect(page.getByRole('heading', { name: 'Make a card' })).toBeVisible();
  await expect(page.locator('.passage blockquote')).toHaveText('“Two high tides reach each coast”');
  await expect(page.getByText('Chapter 2 The coast · paragraph 2')).toBeVisible();
  await page.getByLabel('Front: your question').fill('How many high tides reach a coast each day?');
  await page.getByRole('button', { name: 'Save card' }).click();
  await expect(page.getByRole('heading', { name: 'Card saved' })).toBeVisible();

  // A cloze card from another chapter.
  await page.getByRole('button', { name: 'Back to the article' }).click();
  await dragSelect(page, moon.id, 'The moon pulls the sea toward it', moon.text);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Make card' }).click();
  await page.getByRole('radio', { name: 'Hide words (cloze)' }).check();
  await page.getByRole('group', { name: 'Words to hide' }).getByRole('button', { name: 'moon', exact: true }).click();
  await page.getByRole('button', { name: 'Save card' }).click();
  await expect(page.getByRole('heading', { name: 'Card saved' })).toBeVisible();

  // This document's deck: only its two cards, though the article's twenty new cards are due too.
  await page.getByRole('link', { name: 'Review now' }).click();
  const deck = page.getByRole('group', { name: 'Deck' });
  await expect(deck.getByRole('radio', { name: 'This document' })).toBeChecked();
  await expect(deck).toContainText('Cards of “Notes on tides”');
  await expect(page.locator('.review__progress')).toContainText('2 left');

  // Every document's deck, remembered across a restart.
  await deck.getByRole('radio', { name: 'All documents' }).check();
  await expect(page.locator('.review__progress')).toContainText('20 left');
  page = await lectern.restart();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes on tides' })).toBeVisible();
  await page.getByRole('link', { name: 'Flashcards' }).click();
  await expect(page.getByRole('group', { name: 'Deck' }).getByRole('radio', { name: 'All documents' })).toBeChecked();
  await expect(page.locator('.review__progress')).toContainText('20 left');

  // Back to this document: its two cards, reviewed to the end.
  await page.getByRole('group', { name: 'Deck' }).getByRole('radio', { name: 'This document' }).check();
  await expect(page.locator('.review__progress')).toContainText('2 left');
  const fronts: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    fronts.push((await page.locator('.review-card__front').innerText()).replace(/\s+/g, ' ').trim());
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Easy/ }).click();
  }
  expect(fronts.sort()).toEqual(['How many high tides reach a coast each day?', 'The […] blank pulls the sea toward it']);
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();

  // The card browser lists this document's cards only, and shows one in its text.
  await page.getByRole('link', { name: 'Browse cards' }).click();
  await expect(page.getByText('2 cards')).toBeVisible();
});

for (const theme of ['light', 'sepia', 'dark'] as const) {
  test(`the contents and the deck picker have no axe violations in the ${theme} theme (screenshots attached)`, async ({ lectern }, testInfo) => {
    test.setTimeout(90_000);
    const { page } = lectern;
    await callApi(page, 'settings.update', { theme });
    await page.reload();
    await pasteTides(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.getByRole('button', { name: 'Contents' }).click();
    await page.keyboard.press('ArrowDown');
    await checkScreen(page, testInfo, `contents-${theme}`);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Flashcards' }).click();
    await expect(page.getByRole('group', { name: 'Deck' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Nothing due/ })).toBeVisible();
    await checkScreen(page, testInfo, `deck-picker-${theme}`);
    await page.evaluate(() => (window.location.hash = '#/selftest'));
    await expect(page.getByText('has no self-test')).toBeVisible();
    await checkScreen(page, testInfo, `no-selftest-${theme}`);
  });
}
