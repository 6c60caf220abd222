import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { exportedFile } from './support/exported-file';
import { fileToImport, importThroughChooser, selectPhrase } from './support/import-driver';
import { startHostProcess, stopHostProcess } from './support/web-host-process';

// A second machine is a second web host on its own, empty data folder; the desktop project has one
// data folder per app instance, so there this journey is the unit tests' (pack-imports.test.ts).
test.skip(({ mode }) => mode === 'electron', 'a second machine is a second web host with its own data folder');

const bees = ['A worker bee visits hundreds of flowers on one trip.', 'The waggle dance tells the hive where the flowers are.', 'A queen can lay two thousand eggs in a single day.'];

test('a study set made in Lectern (a pasted text, a card, a question) exported as a pack is the same study set on another machine, where its self-test is taken', async ({ lectern }) => {
  test.setTimeout(120_000);
  const { page } = lectern;
  await expect(page.getByRole('heading', { level: 1, name: /Japan Deepens Its Cooperation/ })).toBeVisible();

  // Bring a text in, as a person does.
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Paste text…' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste text' });
  await paste.getByLabel('Title').fill('Notes on Bees');
  await paste.getByLabel('Author (optional)').fill('B. Keeper');
  await paste.getByLabel('Text').fill(bees.join('\n\n'));
  await paste.getByRole('button', { name: 'Import text' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes on Bees' })).toBeVisible();

  // A cloze card from a passage.
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await selectPhrase(page, 'A queen can lay two thousand eggs');
  await toolbar.getByRole('button', { name: 'Make card' }).click();
  await page.getByRole('radio', { name: 'Hide words (cloze)' }).check();
  await page.getByRole('group', { name: 'Words to hide' }).getByRole('button', { name: 'thousand', exact: true }).click();
  await page.getByRole('button', { name: 'Save card' }).click();
  await expect(page.getByRole('heading', { name: 'Card saved' })).toBeVisible();

  // A question with one right answer, from another passage.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reader' }).click();
  await selectPhrase(page, 'The waggle dance tells the hive where the flowers are');
  await toolbar.getByRole('button', { name: 'Add question' }).click();
  await page.getByLabel('Question', { exact: true }).fill('What does the waggle dance tell the hive?');
  await page.getByLabel('Right answer', { exact: true }).fill('Where the flowers are');
  await page.getByLabel('Wrong answer 1').fill('When the queen lays');
  await page.getByLabel('Wrong answer 2').fill('How far the hive is');
  await page.getByLabel(/^Explanation/).fill('The second paragraph says what the dance tells.');
  await page.getByRole('button', { name: 'Save question' }).click();
  await expect(page.getByRole('list', { name: 'Your questions' }).getByRole('listitem')).toHaveCount(1);

  // Export the whole study set as one file.
  await page.evaluate(() => (window.location.hash = '#/cards'));
  await page.getByRole('button', { name: 'Export as study pack' }).click();
  const credits = page.getByRole('dialog', { name: 'Export “Notes on Bees” as a study pack' });
  await expect(credits.getByLabel('Made by')).toBeFocused();
  await credits.getByRole('button', { name: 'Export' }).click();
  await expect(credits.getByText('Made by cannot be empty.')).toBeVisible();
  await expect(credits.getByLabel('Made by')).toBeFocused();
  await credits.getByLabel('Made by').fill('A. Beekeeper');
  await credits.getByLabel('Licence').selectOption('CC0-1.0');
  const pack = await exportedFile(lectern, () => credits.getByRole('button', { name: 'Export' }).click());
  await expect(credits).toBeHidden();
  expect(pack.name).toMatch(/\.lectern\.json$/);
  expect(JSON.parse(pack.text).manifest).toMatchObject({ packAuthor: 'A. Beekeeper', licence: 'CC0-1.0', language: 'en' });

  // Another machine: an empty data folder, its own host.
  const otherData = await mkdtemp(path.join(os.tmpdir(), 'lectern-e2e-other-'));
  const other = await startHostProcess(otherData);
  try {
    await page.goto(other.launchUrl);
    await expect(page.getByRole('heading', { level: 1, name: /Japan Deepens Its Cooperation/ })).toBeVisible();
    await importThroughChooser(lectern, fileToImport(pack.name, pack.text));
    // Content-rule findings, if any, are shown first and accepted as a person would.
    const review = page.getByRole('dialog', { name: 'Import “Notes on Bees”?' });
    const opened = page.getByRole('heading', { level: 1, name: 'Notes on Bees' });
    await expect(review.or(opened)).toBeVisible();
    if (await review.isVisible()) await review.getByRole('button', { name: 'Import anyway' }).click();
    await expect(opened).toBeVisible();
    await expect(page.getByText(bees[2]!)).toBeVisible();

    // The same card, due there.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Flashcards' }).click();
    await expect(page.locator('.review-card__front')).toContainText('A queen can lay two');
    await expect(page.locator('.review-card__front')).not.toContainText('thousand');

    // The same question, in a self-test taken and scored there.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Self-test' }).click();
    await page.getByRole('button', { name: 'Start the test' }).click();
    await expect(page.getByText('What does the waggle dance tell the hive?')).toBeVisible();
    await page.getByRole('radio', { name: 'Where the flowers are' }).check();
    await page.getByRole('button', { name: 'Review and submit' }).click();
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your score: 100%');
  } finally {
    await stopHostProcess(other);
    await rm(otherData, { recursive: true, force: true });
  }
});
