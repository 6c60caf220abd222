import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js/dist/sql-wasm-inline.js';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

test('export the cards as an Anki package, with the review history when asked', async ({ lectern }, testInfo) => {
  const { page } = lectern;
  // One review first, so there is history to take along.
  await page.evaluate(() => (window.location.hash = '#/flashcards'));
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Good/ }).click();

  await page.evaluate(() => (window.location.hash = '#/cards'));
  const history = page.getByRole('checkbox', { name: 'Include review history in the Anki package' });
  await history.check();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('card-exports.png') });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Anki package (.apkg)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^lectern-flashcards-\d{4}-\d{2}-\d{2}\.apkg$/);
  await expect(page.getByRole('status')).toHaveText(/^Exported lectern-flashcards-.+\.apkg\.$/);

  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const SQL = await initSqlJs();
  const db = new SQL.Database(files['collection.anki2']);
  const count = (sql: string) => db.exec(sql)[0]?.values[0]?.[0];
  expect(count('select count(*) from notes')).toBe(count('select count(*) from cards'));
  expect(count('select count(*) from notes')).toBeGreaterThanOrEqual(51);
  expect(count(`select count(*) from notes where guid = 'lectern-liaison-office-city'`)).toBe(1);
  const [fields] = db.exec(`select flds from notes where guid = 'lectern-liaison-office-city'`)[0]!.values[0]!;
  expect((fields as string).split('\u001f')[2]).toMatch(/^“NATO is in negotiations with Japan .*” \(paragraph 1, Japan Deepens Its Cooperation/);
  expect(count('select count(*) from revlog')).toBe(1);
  expect(count('select count(*) from cards where type > 0')).toBe(1);
});
