import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { callApi } from './support/api-call';
import { annotate, pasteDocument, readTo, sampleText } from './support/seed-library';

const ARTICLE = /Japan Deepens Its Cooperation/;

// Each test seeds documents through the contract and restarts; the shared machine is slow.
test.describe.configure({ timeout: 90_000 });

/** The library with the article and three documents of the user's, one with annotations. */
async function seed(page: Page) {
  const tides = await pasteDocument(page, 'Notes on tides', 'A. Student', sampleText('tides', 12), ['ocean', 'physics']);
  await pasteDocument(page, 'A short history of bridges', 'Émile Pont', sampleText('bridges', 30), ['engineering']);
  await pasteDocument(page, 'Coral reefs under pressure', '', sampleText('coral reefs', 6), ['ocean']);
  await annotate(page, tides.id, 3);
}

const rows = (page: Page) => page.getByRole('list', { name: 'Documents' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
const titles = (page: Page) => page.getByRole('list', { name: 'Documents' }).getByRole('heading', { level: 2 });
const row = (page: Page, name: string | RegExp) => page.getByRole('listitem', { name });

async function openLibrary(page: Page) {
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

test('the library lists the article first, then the pasted documents, each with its figures', async ({ lectern }) => {
  const { page } = lectern;
  await seed(page);
  await openLibrary(page);
  await expect(titles(page)).toHaveText([ARTICLE, 'Notes on tides', 'A short history of bridges', 'Coral reefs under pressure']);
  const article = row(page, ARTICLE);
  await expect(article).toContainText('Katarína Ďurďovičová');
  await expect(article).toContainText('Built-in');
  await expect(article).toContainText(/\d+ cards due/);
  const tides = row(page, 'Notes on tides');
  await expect(tides).toContainText('A. Student');
  await expect(tides).toContainText('3 annotations');
  await expect(tides).toContainText(/[\d,]+ words/);
  await expect(tides).toContainText(/\d+ min read/);
  await expect(tides).toContainText('Not started');
  await expect(tides.getByRole('list', { name: 'Tags' })).toHaveText(/ocean\s*physics/);
});

test('sorts (remembered), searches titles and authors, filters by tag, and says when nothing matches', async ({ lectern }) => {
  let page = lectern.page;
  await seed(page);
  await openLibrary(page);
  await page.getByLabel('Sort by').selectOption({ label: 'Title' });
  await expect(titles(page)).toHaveText(['A short history of bridges', 'Coral reefs under pressure', ARTICLE, 'Notes on tides']);

  const search = page.getByRole('searchbox', { name: 'Search titles and authors' });
  await search.fill('emile');
  await expect(titles(page)).toHaveText(['A short history of bridges']);
  await search.fill('volcanoes');
  await expect(page.getByRole('heading', { name: 'No document matches “volcanoes”' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(search).toHaveValue('');
  await expect(rows(page)).toHaveCount(4);

  await page.getByLabel('Tag', { exact: true }).selectOption('ocean');
  await expect(titles(page)).toHaveText(['Coral reefs under pressure', 'Notes on tides']);

  page = await lectern.restart();
  await openLibrary(page);
  await expect(page.getByLabel('Sort by')).toHaveValue('title');
  await expect(titles(page).first()).toHaveText('A short history of bridges');
});

test('edits title, author and tags in a dialog that explains what it refuses', async ({ lectern }) => {
  const { page } = lectern;
  await seed(page);
  await openLibrary(page);
  await row(page, 'Coral reefs under pressure').getByRole('button', { name: 'More actions for Coral reefs under pressure' }).click();
  await page.getByRole('menuitem', { name: 'Edit title, author and tags…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit document details' });
  await dialog.getByLabel('Title').fill('   ');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('A title cannot be empty.')).toBeVisible();
  await expect(dialog.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  // Focus goes to the field to correct, not left on Save.
  await expect(dialog.getByLabel('Title')).toBeFocused();

  await dialog.getByLabel('Title').fill('Coral reefs of the Pacific');
  await dialog.getByLabel('Author').fill('R. Diver');
  await dialog.getByRole('button', { name: 'Remove tag ocean' }).click();
  await dialog.getByRole('combobox', { name: 'Add a tag' }).fill('x'.repeat(41));
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(dialog.getByText('A tag holds at most 40 characters.')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Add a tag' }).fill('biology');
  await dialog.getByRole('combobox', { name: 'Add a tag' }).press('Enter');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const edited = row(page, 'Coral reefs of the Pacific');
  await expect(edited).toContainText('R. Diver');
  await expect(edited.getByRole('list', { name: 'Tags' })).toHaveText('biology');
  await expect(page.getByRole('button', { name: 'More actions for Coral reefs of the Pacific' })).toBeFocused();
  await page.getByLabel('Tag', { exact: true }).selectOption('biology');
  await expect(titles(page)).toHaveText(['Coral reefs of the Pacific']);
});

test('the open document follows an edit of its details, and is no longer open once removed', async ({ lectern }) => {
  const { page } = lectern;
  await seed(page);
  await openLibrary(page);
  await page.getByRole('link', { name: 'Coral reefs under pressure' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coral reefs under pressure' })).toBeVisible();
  await openLibrary(page);
  await row(page, 'Coral reefs under pressure').getByRole('button', { name: 'More actions for Coral reefs under pressure' }).click();
  await page.getByRole('menuitem', { name: 'Edit title, author and tags…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit document details' });
  await dialog.getByLabel('Title').fill('Coral reefs of the Pacific');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: 'Reader', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coral reefs of the Pacific' })).toBeVisible();

  await openLibrary(page);
  await page.getByRole('button', { name: 'More actions for Coral reefs of the Pacific' }).click();
  await page.getByRole('menuitem', { name: 'Remove from library' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed “Coral reefs of the Pacific”' })).toBeVisible();
  // Nothing is open now: no page studies the removed text, and the reader's place offers the library.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(['Library', 'Reader', 'Flashcards', 'Progress']);
  await page.getByRole('link', { name: 'Reader', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Coral reefs of the Pacific' })).toHaveCount(0);
});

test('removes a document with Undo, saying its annotations go with it, by keyboard', async ({ lectern }) => {
  const { page } = lectern;
  await seed(page);
  await openLibrary(page);
  const menuButton = page.getByRole('button', { name: 'More actions for Notes on tides' });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Edit title, author and tags…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(menuButton).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Remove from library' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: 'Removed “Notes on tides” with its 3 annotations.' })).toBeVisible();
  await expect(titles(page)).toHaveText([ARTICLE, 'A short history of bridges', 'Coral reefs under pressure']);
  await expect(page.getByRole('link', { name: 'A short history of bridges' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(titles(page)).toHaveText([ARTICLE, 'Notes on tides', 'A short history of bridges', 'Coral reefs under pressure']);
  await expect(row(page, 'Notes on tides')).toContainText('3 annotations');
  const list = await callApi<{ items: { title: string }[] }>(page, 'library.list', {});
  expect(list.items.map((i) => i.title)).toContain('Notes on tides');
});

test('hides the built-in article (never removes it) and shows it again; an empty library says what to do', async ({ lectern }) => {
  let page = lectern.page;
  await openLibrary(page);
  await page.getByRole('button', { name: /^More actions for Japan/ }).click();
  await expect(page.getByRole('menuitem', { name: 'Remove from library' })).toHaveCount(0);
  await page.getByRole('menuitem', { name: 'Hide from library' }).click();
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await expect(page.getByText(/choose Import at the top of the window/)).toBeVisible();

  page = await lectern.restart();
  // Nothing left to open: the app starts on the library's empty state.
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await page.getByRole('button', { name: /^Show “Japan/ }).click();
  await expect(titles(page)).toHaveText([ARTICLE]);

  await pasteDocument(page, 'Notes on tides', '', sampleText('tides', 3));
  await page.getByRole('button', { name: /^More actions for Japan/ }).click();
  await page.getByRole('menuitem', { name: 'Hide from library' }).click();
  await expect(page.getByRole('list', { name: 'Documents' })).toBeVisible();
  await expect(titles(page)).toHaveText(['Notes on tides']);
  await page.getByLabel(/Show hidden/).check();
  await expect(titles(page)).toHaveText([ARTICLE, 'Notes on tides']);
  await expect(row(page, ARTICLE)).toContainText('Hidden');
  await page.getByRole('button', { name: /^More actions for Japan/ }).click();
  await page.getByRole('menuitem', { name: 'Show in library' }).click();
  await expect(page.getByLabel(/Show hidden/)).toHaveCount(0);
  await expect(titles(page)).toHaveText([ARTICLE, 'Notes on tides']);
});

test('opening a row, by click or by Enter, shows that document in the reader', async ({ lectern }) => {
  const { page } = lectern;
  await seed(page);
  await openLibrary(page);
  await page.getByRole('link', { name: 'Notes on tides' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes on tides' })).toBeVisible();
  await openLibrary(page);
  await page.getByRole('link', { name: 'A short history of bridges' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'A short history of bridges' })).toBeVisible();
  await expect(page).toHaveURL(/#\/reader\?doc=/);
});

test('a library longer than the window lists every document, and the last one opens', async ({ lectern }) => {
  const { page } = lectern;
  // More than a window holds: the rows out of sight come just after the first frame (first-screen-rows.ts).
  for (let i = 1; i <= 24; i += 1) await pasteDocument(page, `Reading list ${String(i).padStart(2, '0')}`, '', sampleText(`entry ${i}`, 2));
  await openLibrary(page);
  await expect(page.getByText('25 documents', { exact: true })).toBeVisible();
  await expect(rows(page)).toHaveCount(25);
  await expect(titles(page).last()).toHaveText('Reading list 24');
  await page.getByRole('link', { name: 'Reading list 24' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reading list 24' })).toBeVisible();
});

for (const theme of ['Light', 'Sepia', 'Dark'] as const) {
  test(`the library has no axe violations in the ${theme} theme (screenshots attached)`, async ({ lectern }, testInfo) => {
    const { page } = lectern;
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radio', { name: theme }).check();
    await page.keyboard.press('Escape');
    await seed(page);
    await callApi(page, 'library.update', { id: 'japan-nato', tags: ['politics'] });
    const { items } = await callApi<{ items: { id: string; title: string }[] }>(page, 'library.list', {});
    await readTo(page, items.find((i) => i.title === 'Notes on tides')!.id, 45);
    await readTo(page, items.find((i) => i.title === 'A short history of bridges')!.id, 100);
    await openLibrary(page);
    await expect(rows(page)).toHaveCount(4);
    const shot = async (name: string) => {
      const body = await page.screenshot({ path: testInfo.outputPath(`library-${theme.toLowerCase()}-${name}.png`) });
      await testInfo.attach(`library-${theme.toLowerCase()}-${name}.png`, { body, contentType: 'image/png' });
    };
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await shot('list');

    await page.getByRole('button', { name: 'More actions for Notes on tides' }).click();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await shot('menu');
    await page.getByRole('menuitem', { name: 'Edit title, author and tags…' }).click();
    await page.getByRole('dialog').getByLabel('Title').fill('');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('A title cannot be empty.')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await shot('dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('searchbox', { name: 'Search titles and authors' }).fill('volcanoes');
    await expect(page.getByRole('button', { name: 'Clear search' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await shot('no-match');
  });
}
