import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures';
import { savedDoc } from './support/saved-data';

test('a damaged data file is set aside, the backup restored, and the reader told', async ({ lectern }) => {
  let page = lectern.page;
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('radio', { name: 'Sepia' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await expect.poll(async () => (await savedDoc(lectern.dataDir)).settings?.theme).toBe('sepia');

  // Restart once so a backup holding the sepia setting is made at start-up, then damage the file.
  await lectern.restart();
  await lectern.stop();
  await writeFile(path.join(lectern.dataDir, 'lectern.json'), '{"schemaVersion":1,"settings":{"theme":"se');
  page = await lectern.start();

  await expect(page.getByRole('status').filter({ hasText: 'Your data file was repaired' })).toBeVisible();
  await expect(page.getByText(/restored the newest backup/)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  const kept = (await readdir(lectern.dataDir)).filter((name) => name.startsWith('lectern.corrupt-'));
  expect(kept).toHaveLength(1);

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('Your data file was repaired')).toBeHidden();
});
