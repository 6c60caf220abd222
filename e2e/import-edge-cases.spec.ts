import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { buildEpub, generateBook, zipBomb } from '../electron/domain/import/fixtures';
import { callApi } from './support/api-call';
import { dropFile, fileToImport, importThroughChooser } from './support/import-driver';

const tides = fileToImport('tides.txt', 'Tides and the Moon\n\nThe moon pulls the sea toward it, and the sea answers twice a day.\n\nSpring tides come when the sun and the moon line up.\n');
const articleHeading = { level: 1, name: /Japan Deepens Its Cooperation/ } as const;

type Listed = { items: { id: string; title: string }[] };
const titles = async (page: import('@playwright/test').Page) => (await callApi<Listed>(page, 'library.list')).items.map((item) => item.title);

test('a file dropped anywhere on the window is imported and opened', async ({ lectern }) => {
  const { page } = lectern;
  await expect(page.getByRole('heading', articleHeading)).toBeVisible();
  await dropFile(page, tides);
  await expect(page.getByText('Drop to import')).toBeHidden();
  if (lectern.electronApp) {
    // A File built in the page has no path on disk (webUtils.getPathForFile answers ''), so the
    // desktop refuses it: only a file dropped from the computer is read by the main side.
    await expect(page.getByRole('alert')).toHaveText(/“tides\.txt” was not imported: Only a file dropped from your computer can be imported\./);
    return;
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Tides and the Moon' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “Tides and the Moon”' })).toBeVisible();
});

test('files chosen together are imported one after another, shown in the library, and undone together', async ({ lectern }, testInfo) => {
  let page = lectern.page;
  await expect(page.getByRole('heading', articleHeading)).toBeVisible();
  const reeds = fileToImport('reeds.md', '# Reeds of the Marsh\n\nReeds bend in the wind and stand again.\n');
  await importThroughChooser(lectern, tides, fileToImport('empty.txt', ''), reeds);
  // One refusal among them: the notice stays until dismissed, as an error does, and says what came of each.
  const notice = page.getByRole('alert').filter({ hasText: 'Imported 2 of 3 files' });
  // Three imports, each on a worker of its own: more than the 5 s default on a loaded CI machine.
  await expect(notice).toBeVisible({ timeout: 20_000 });
  await expect(notice).toContainText('“empty.txt” could not be imported: the file is empty.');
  // Several new documents: the library shows them, where one would be opened.
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const listed = page.getByRole('list', { name: 'Documents' }).getByRole('heading', { level: 2 });
  await expect(listed.filter({ hasText: 'Tides and the Moon' })).toBeVisible();
  await expect(listed.filter({ hasText: 'Reeds of the Marsh' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('batch-notice.png') });

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed 2 documents from your library.' })).toBeVisible();
  // The library stays on screen, and the two go from its list.
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(listed.filter({ hasText: 'Reeds of the Marsh' })).toBeHidden();
  await expect(listed.filter({ hasText: 'Tides and the Moon' })).toBeHidden();
  page = await lectern.restart();
  const after = await titles(page);
  expect(after).not.toContain('Tides and the Moon');
  expect(after).not.toContain('Reeds of the Marsh');
});

/** docs/example.lectern.json made a pack of its own (its id, title, card ids and one more paragraph), with HTML in a card's front: the content rules hold it for review. */
function packForReview(n: number) {
  const pack = JSON.parse(readFileSync('docs/example.lectern.json', 'utf8'));
  const title = `The Gettysburg Address, copy ${n}`;
  pack.manifest.id = `gettysburg-copy-${n}`;
  pack.manifest.title = title;
  pack.document.title = title;
  pack.document.sections[0].blocks.push({ id: 'p-copy', kind: 'paragraph', text: `Copy ${n}.` });
  pack.deck.cards[1].front = 'Is the nation <b>conceived</b> in Liberty?';
  for (const card of pack.deck.cards) card.id = `${card.id}-${n}`;
  return { title, file: fileToImport(`copy-${n}.lectern.json`, JSON.stringify(pack)) };
}

test('packs among files chosen together are reviewed one after another, and the batch’s notice tells what came of each', async ({ lectern }, testInfo) => {
  const { page } = lectern;
  await expect(page.getByRole('heading', articleHeading)).toBeVisible();
  const [first, second] = [packForReview(1), packForReview(2)];
  await importThroughChooser(lectern, tides, first.file, second.file);
  const review = page.getByRole('dialog', { name: `Import “${first.title}”?` });
  await expect(review).toBeVisible({ timeout: 20_000 });
  // By keyboard: the first accepted, the next review takes focus for its own title.
  await review.getByRole('button', { name: 'Import anyway' }).focus();
  await page.keyboard.press('Enter');
  const next = page.getByRole('dialog', { name: `Import “${second.title}”?` });
  await expect(next).toBeVisible();
  await expect(next.getByRole('heading', { name: `Import “${second.title}”?` })).toBeFocused();
  await next.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(next).toBeHidden();
  // The last review gone, focus is where imports begin, not lost to the page.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Import', exact: true })).toBeFocused();
  const notice = page.getByRole('status').filter({ hasText: 'Imported 2 of 3 files' });
  await expect(notice).toContainText(`“${second.title}” was not imported: you cancelled it at its review.`);
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const listed = page.getByRole('list', { name: 'Documents' }).getByRole('heading', { level: 2 });
  await expect(listed.filter({ hasText: first.title })).toBeVisible();
  await expect(listed.filter({ hasText: 'Tides and the Moon' })).toBeVisible();
  await expect(listed.filter({ hasText: second.title })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('batch-packs-notice.png') });
  // One Undo for the batch, the pack accepted at review with it.
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed 2 documents from your library.' })).toBeVisible();
  const after = await titles(page);
  expect(after).not.toContain(first.title);
  expect(after).not.toContain('Tides and the Moon');
});

test('Stop during files chosen together keeps those imported and begins no other', async ({ lectern }) => {
  // A 10-million-character book read on its worker: a few seconds, time enough to press Stop.
  test.slow();
  const { page } = lectern;
  await expect(page.getByRole('heading', articleHeading)).toBeVisible();
  const book = fileToImport('long.epub', buildEpub(generateBook({ characters: 10_000_000, chapterCharacters: 100_000 })));
  await importThroughChooser(lectern, tides, book, fileToImport('after.txt', 'After the book\n\nNever begun.\n'));
  const status = page.getByRole('status').filter({ hasText: '2 of 3: Reading “long.epub”' });
  await expect(status).toBeVisible({ timeout: 20_000 });
  await status.getByRole('button', { name: 'Stop' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Imported 1 of 3 files' });
  await expect(notice).toBeVisible({ timeout: 20_000 });
  await expect(notice).toContainText('Stopped: “long.epub” and “after.txt” were not imported.');
  const now = await titles(page);
  expect(now).toContain('Tides and the Moon');
  expect(now).not.toContain('The River Years');
  expect(now).not.toContain('After the book');
});

test('the same text again says it is already in the library and opens it on request', async ({ lectern }) => {
  const { page } = lectern;
  await importThroughChooser(lectern, tides);
  await expect(page.getByRole('heading', { level: 1, name: 'Tides and the Moon' })).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/reader?doc=japan-nato'));
  await expect(page.getByRole('heading', articleHeading)).toBeVisible();

  await importThroughChooser(lectern, fileToImport('tides-copy.txt', tides.buffer));
  const toast = page.getByRole('status').filter({ hasText: '“Tides and the Moon” is already in your library' });
  await expect(toast).toBeVisible();
  await expect(page.getByRole('heading', articleHeading)).toBeVisible();
  await toast.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tides and the Moon' })).toBeVisible();
  expect((await titles(page)).filter((title) => title === 'Tides and the Moon')).toHaveLength(1);
});

test('Undo removes the document just imported and goes back to the one open before', async ({ lectern }) => {
  let page = lectern.page;
  await importThroughChooser(lectern, tides);
  await expect(page.getByRole('heading', { level: 1, name: 'Tides and the Moon' })).toBeVisible();
  // By keyboard, as a person on the toast does.
  await page.getByRole('status').filter({ hasText: 'Imported “Tides and the Moon”' }).getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Removed “Tides and the Moon” from your library.' })).toBeVisible();
  await expect(page.getByRole('heading', articleHeading)).toBeVisible();
  // The toast that had focus is gone, and the article's page has a header of its own: focus is on its Import button, not on the page.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Import', exact: true })).toBeFocused();
  expect(await titles(page)).not.toContain('Tides and the Moon');

  page = await lectern.restart();
  await expect(page.getByRole('heading', articleHeading)).toBeVisible();
  expect(await titles(page)).not.toContain('Tides and the Moon');
});

test('refused files name the file and the reason, and nothing is saved', async ({ lectern }, testInfo) => {
  // Five imports, each read on a worker of its own, and a 65 MB zip bomb built here: 18 s in a
  // loaded CI run, too near the 30 s every test gets.
  test.slow();
  const { page } = lectern;
  await expect(page.getByRole('heading', articleHeading)).toBeVisible();
  const before = await titles(page);
  const refusals = [
    { file: fileToImport('empty.txt', ''), reason: /“empty\.txt”.*empty/ },
    { file: fileToImport('picture.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), reason: /“picture\.txt” could not be imported/ },
    { file: fileToImport('notes.txt', Buffer.from([0xff, 0xfe, 0x41, 0, 0x00, 0xd8, 0x42, 0])), reason: /“notes\.txt” could not be imported: its bytes are not valid UTF-16/ },
    { file: fileToImport('bomb.epub', zipBomb('OEBPS/chapter.xhtml', 65 * 1024 * 1024)), reason: /“bomb\.epub” could not be imported/ },
    {
      file: fileToImport('locked.epub', buildEpub({ title: 'Locked', chapters: [{ title: 'One', paragraphs: ['Text behind DRM.'] }], extraEntries: { 'META-INF/rights.xml': '<rights/>' } })),
      reason: /“locked\.epub” could not be imported: .*DRM/,
    },
  ];
  for (const { file, reason } of refusals) {
    await importThroughChooser(lectern, file);
    const alert = page.getByRole('alert').filter({ hasText: reason });
    await expect(alert).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`refused-${file.name}.png`) });
    await alert.getByRole('button', { name: 'Dismiss message' }).click();
  }
  await expect(page.getByRole('heading', articleHeading)).toBeVisible();
  expect(await titles(page)).toEqual(before);
});

test('a Windows-1252 file is imported with a warning saying how it was read', async ({ lectern }, testInfo) => {
  const { page } = lectern;
  // "Café notes" with a curly apostrophe (0x92) and é (0xE9): not UTF-8.
  const bytes = Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' notes\n\nThe owner'), 0x92, ...Buffer.from('s recipe uses two eggs.\n')]);
  await importThroughChooser(lectern, fileToImport('cafe.txt', bytes));
  await expect(page.getByRole('heading', { level: 1, name: 'Café notes' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “Café notes”' })).toContainText(/1252|Latin|encoding/i);
  await expect(page.getByText('The owner’s recipe uses two eggs.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('imported-with-warning.png') });
});

test('a book missing a chapter its contents list is imported without it, and the notice names it', async ({ lectern }, testInfo) => {
  const { page } = lectern;
  const book = buildEpub({
    title: 'A Year on the Marsh',
    chapters: [
      { title: 'Winter', paragraphs: ['The geese arrive in the first hard frost.'] },
      { title: 'Spring', paragraphs: ['Lapwings tumble over the wet fields.'] },
      { title: 'Summer', paragraphs: ['The dykes dry to a thread of brown water.'] },
    ],
    omit: ['OEBPS/text/chapter-2.xhtml'],
  });
  await importThroughChooser(lectern, fileToImport('marsh.epub', book));
  await expect(page.getByRole('heading', { level: 1, name: 'A Year on the Marsh' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “A Year on the Marsh”' })).toContainText('lists a chapter that the file does not hold (“OEBPS/text/chapter-2.xhtml”)');
  await expect(page.getByText('The dykes dry to a thread of brown water.')).toBeVisible();
  await expect(page.getByText('Lapwings tumble')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('imported-missing-chapter.png') });
});

test('Stop ends an import whose file is slow to read: nothing is saved, and the next import works', async ({ lectern }, testInfo) => {
  const { page } = lectern;
  await expect(page.getByRole('heading', articleHeading)).toBeVisible();
  const before = await titles(page);
  // Hundreds of paragraphs each just under the emphasis-mark limit: every one is within the limits,
  // and together they keep the Markdown parser busy for a minute or more.
  const slow = Array.from({ length: 400 }, () => '*a '.repeat(1990)).join('\n\n');
  await importThroughChooser(lectern, fileToImport('slow.md', slow));
  // The web version names the file it uploaded; the desktop's status learns it from the main side.
  const status = page.getByRole('status').filter({ hasText: /Reading “slow\.md”…/ });
  await expect(status).toHaveText(/Reading “slow\.md”…/);
  // The app answers while the file is read: the import runs on a thread of its own.
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('reading-with-stop.png') });
  await status.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Import stopped: nothing of “slow\.md” was saved\./ })).toBeVisible();
  await expect(status).toHaveCount(0);
  expect(await titles(page)).toEqual(before);
  await importThroughChooser(lectern, tides);
  await expect(page.getByRole('heading', { level: 1, name: 'Tides and the Moon' })).toBeVisible();
});

test('a long book shows how far its reading got, chapter by chapter, then opens', async ({ lectern }, testInfo) => {
  // The book is made here and read for seconds: 10-17 s a run, near the 30 s every test gets.
  test.slow();
  const { page } = lectern;
  await expect(page.getByRole('heading', articleHeading)).toBeVisible();
  // Ten million characters in a hundred chapters: seconds of reading on the import thread.
  const book = buildEpub(generateBook({ characters: 10_000_000, chapterCharacters: 100_000 }));
  await importThroughChooser(lectern, fileToImport('river.epub', book));
  const status = page.getByRole('status').filter({ hasText: /(Reading|Saving) “river\.epub”/ });
  // Its chapters begin after the worker has unzipped the book: a second here, more on a loaded machine.
  await expect(status).toHaveText(/Reading “river\.epub” · \d+%/, { timeout: 20_000 });
  // Read a moment later, the bar may be the saving's, full.
  const bar = status.getByRole('progressbar', { name: /^(Reading|Saving) “river\.epub”$/ });
  const percent = Number(await bar.getAttribute('value'));
  expect(percent).toBeGreaterThan(0);
  expect(percent).toBeLessThanOrEqual(100);
  await page.screenshot({ path: testInfo.outputPath('reading-progress.png') });
  await expect(page.getByRole('heading', { level: 1, name: 'The River Years' })).toBeVisible({ timeout: 30_000 });
  await expect(status).toHaveCount(0);
});

test('the paste dialog shows the contract’s messages, closes with Escape and returns focus', async ({ lectern }) => {
  const { page } = lectern;
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await importButton.click();
  await page.getByRole('menuitem', { name: 'Paste text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await dialog.getByRole('button', { name: 'Import text' }).click();
  await expect(dialog.getByText('A title cannot be empty.')).toBeVisible();
  await expect(dialog.getByText('Paste some text first.')).toBeVisible();
  await expect(dialog.getByLabel('Title')).toBeFocused();

  // Focus stays inside: Tab from the last control comes back to the first.
  await dialog.getByRole('button', { name: 'Import text' }).focus();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Title')).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(importButton).toBeFocused();
  expect(await titles(page)).toHaveLength(1);
});

test('the import menu works by keyboard', async ({ lectern }) => {
  const { page } = lectern;
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await importButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Import files…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Paste text…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Import' })).toBeHidden();
  await expect(importButton).toBeFocused();
});

test('focus stays on the Import button through an import that opens its document, whose header is new', async ({ lectern }) => {
  const { page } = lectern;
  await expect(page.getByRole('heading', articleHeading)).toBeVisible();
  await importThroughChooser(lectern, tides);
  const importButton = page.getByRole('banner').getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Tides and the Moon' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “Tides and the Moon”' })).toBeVisible();
  // Not dropped to the page, where the next Tab would start again from the top.
  await expect(importButton).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(importButton).not.toBeFocused();
  await expect(page.locator('body')).not.toBeFocused();
});
