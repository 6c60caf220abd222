import { test, expect } from './fixtures';
import { dragSelect, paintedCounts, paragraph } from './support/annotations';
import { exportedFile } from './support/exported-file';

const first = 'NATO is in negotiations with Japan to open a liaison office no later than 2024 in Tokyo.';
const p1 = paragraph('p1');
const secondStart = p1.indexOf('At the same time');
const second = p1.slice(secondStart, p1.indexOf('.', secondStart) + 1);

test('highlight by mouse and keyboard, note and tags, restart, jump, edit, delete with undo, filter, export', async ({ lectern }) => {
  test.setTimeout(90_000);
  let page = lectern.page;

  // Mouse: drag across the first sentence, pick a colour in the toolbar.
  await dragSelect(page, 'p1', first);
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Highlight Green' }).click();
  await expect.poll(() => paintedCounts(page)).toMatchObject({ green: 1 });
  await expect(toolbar).toBeHidden();

  // Keyboard: Tab to the article text, move the caret to the second sentence, Shift+arrows, N for a note.
  // The caret stays where the mouse selection ended (or starts at the first paragraph in view).
  await page.getByRole('region', { name: 'Article text' }).focus();
  const caret = await page.evaluate(() => document.getSelection()?.focusOffset ?? 0);
  expect(caret).toBeLessThanOrEqual(secondStart);
  for (let i = caret; i < secondStart; i += 1) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < second.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(second);
  await page.keyboard.press('n');
  const noteField = page.getByRole('textbox', { name: 'Note' });
  await expect(noteField).toBeFocused();
  await noteField.fill('Liaison office first.\nThen the ITPP.');
  const tagField = page.getByRole('combobox', { name: 'Tags' });
  await tagField.fill('nato');
  await tagField.press('Enter');
  await tagField.fill('dates');
  await tagField.press('Enter');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Liaison office first.')).toBeVisible();
  // N highlights in the last colour used (green), then opens the note.
  await expect.poll(() => paintedCounts(page)).toMatchObject({ green: 2, yellow: 0 });
  await expect(page.getByRole('button', { name: /^Open note on/ })).toHaveCount(1);

  // Restart on the same data: both are there, in reading order.
  page = await lectern.restart();
  await page.getByRole('button', { name: 'Annotations' }).click();
  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  await expect(sidebar.getByText('2 annotations')).toBeVisible();
  const cards = sidebar.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Go to passage/ }) });
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toContainText('NATO is in negotiations');
  await expect(cards.nth(1)).toContainText('Liaison office first.');
  await expect(cards.nth(1).getByRole('list', { name: 'Tags' })).toHaveText(/nato\s*dates/);

  // Jump: the passage comes into view and flashes.
  await page.mouse.wheel(0, 4000);
  await cards.nth(1).getByRole('button', { name: /^Go to passage/ }).press('Enter');
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('annotation-flash')?.size ?? 0)).toBe(1);
  await expect(page.getByText(second.slice(0, 30), { exact: false }).first()).toBeInViewport();

  // Edit: a new note and colour.
  await cards.nth(1).getByRole('button', { name: /^Edit annotation/ }).click();
  await sidebar.getByRole('textbox', { name: 'Note' }).fill('Edited note');
  await sidebar.getByRole('radio', { name: 'Pink' }).check();
  await sidebar.getByRole('button', { name: 'Save' }).click();
  await expect(cards.nth(1)).toContainText('Edited note');
  await expect(cards.nth(1)).toContainText('edited');
  await expect.poll(() => paintedCounts(page)).toMatchObject({ green: 1, pink: 1, yellow: 0 });

  // Delete, then Undo from the toast; delete again, then Ctrl+Z.
  await cards.nth(0).getByRole('button', { name: /^Delete annotation/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Annotation deleted.' })).toBeVisible();
  await expect(sidebar.getByText('1 annotation', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(sidebar.getByText('2 annotations')).toBeVisible();
  await cards.nth(0).getByRole('button', { name: /^Delete annotation/ }).click();
  await expect(sidebar.getByText('1 annotation', { exact: true })).toBeVisible();
  await page.locator('body').press('Control+z');
  await expect(sidebar.getByText('2 annotations')).toBeVisible();
  await expect.poll(() => paintedCounts(page)).toMatchObject({ green: 1, pink: 1 });

  // Filter by colour and tag, search notes and quotes.
  await sidebar.getByRole('button', { name: 'Pink (1)' }).click();
  await expect(sidebar.getByText('1 of 2 annotations')).toBeVisible();
  await expect(cards).toHaveCount(1);
  await sidebar.getByRole('button', { name: 'Pink (1)' }).click();
  await sidebar.getByRole('combobox', { name: 'Tag' }).selectOption('nato');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('Edited note');
  await sidebar.getByRole('combobox', { name: 'Tag' }).selectOption('');
  await sidebar.getByRole('searchbox', { name: 'Search notes and quotes' }).fill('liaison OFFICE');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('NATO is in negotiations');
  await sidebar.getByRole('searchbox', { name: 'Search notes and quotes' }).fill('edited');
  await expect(cards).toHaveCount(1);
  await sidebar.getByRole('searchbox', { name: 'Search notes and quotes' }).fill('');
  await expect(cards).toHaveCount(2);

  // Export Markdown (a download, or the desktop's save dialog): the quotes grouped under their paragraph.
  const { name, text: markdown } = await exportedFile(lectern, () => sidebar.getByRole('button', { name: 'Export Markdown' }).click());
  expect(name).toMatch(/^lectern-annotations-japan-nato-\d{4}-\d{2}-\d{2}\.md$/);
  expect(markdown).toContain('## Paragraph 1');
  expect(markdown).toContain(`> ${first}\n\n- Colour: Green (double underline)`);
  const secondEntry = markdown.slice(markdown.indexOf(`> ${second}`)).split('\n- Created')[0];
  expect(secondEntry).toBe(`> ${second}\n\nEdited note\n\n- Colour: Pink (wavy underline)\n- Tags: nato, dates`);
  expect(markdown.indexOf(first)).toBeLessThan(markdown.indexOf(second));
});

test('export JSON-LD and import it back: known ids unchanged, a bad file refused with its problem named', async ({ lectern }) => {
  const { page } = lectern;
  await dragSelect(page, 'p2', 'strengthens stability');
  await page.keyboard.press('2');
  await expect.poll(() => paintedCounts(page)).toMatchObject({ green: 1 });

  // Clicking the highlighted text opens its note in the sidebar.
  await page.getByText(/Japan’s alignment with NATO strengthens stability/).click({ position: { x: 330, y: 10 } });
  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  await expect(sidebar.getByRole('textbox', { name: 'Note' })).toBeVisible();
  await sidebar.getByRole('textbox', { name: 'Note' }).press('Escape');
  await expect(sidebar.getByRole('textbox', { name: 'Note' })).toBeHidden();

  const { name, text: jsonld } = await exportedFile(lectern, () => sidebar.getByRole('button', { name: 'Export JSON-LD' }).click());
  expect(name).toMatch(/\.jsonld$/);
  expect(JSON.parse(jsonld)).toMatchObject({ type: 'AnnotationCollection', total: 1, first: { items: [{ type: 'Annotation', 'lectern:color': 'green' }] } });

  const choosing = page.waitForEvent('filechooser');
  await sidebar.getByRole('button', { name: 'Import annotations…' }).click();
  await (await choosing).setFiles({ name: 'mine.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(jsonld) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported: 0 added, 0 updated, 1 unchanged, 0 skipped.' })).toBeVisible();
  await expect(sidebar.getByText('1 annotation', { exact: true })).toBeVisible();

  const again = page.waitForEvent('filechooser');
  await sidebar.getByRole('button', { name: 'Import annotations…' }).click();
  await (await again).setFiles({ name: 'bad.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from('{"type":"AnnotationCollection","first":{}}') });
  await expect(page.getByRole('alert')).toContainText('Nothing was imported: the collection has no list of annotations');
  await expect(sidebar.getByText('1 annotation', { exact: true })).toBeVisible();
});
