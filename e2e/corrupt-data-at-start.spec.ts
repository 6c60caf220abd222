/**
 * Every kind of damaged data file found at start-up: the app opens, says what happened (restored
 * from a backup, or started clean with the damaged file kept), never writes over what it could not
 * read, and a file from a newer Lectern is left untouched with changes refused.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect, type Lectern } from './fixtures';

type Damage = { kind: string; reason: RegExp; damage: (good: Buffer) => Buffer };

const damages: Damage[] = [
  { kind: 'empty', reason: /because the file is empty/, damage: () => Buffer.alloc(0) },
  {
    kind: 'truncated at a random point',
    reason: /because it is not valid JSON/,
    damage: (good) => {
      const cut = 1 + Math.floor(Math.random() * (good.length - 2));
      test.info().annotations.push({ type: 'cut', description: `kept ${cut} of ${good.length} bytes` });
      return good.subarray(0, cut);
    },
  },
  { kind: 'NUL-filled', reason: /because it is not valid JSON/, damage: (good) => Buffer.alloc(good.length) },
  {
    kind: 'invalid UTF-8',
    reason: /because it is not valid JSON \(.*utf-8/,
    damage: (good) => Buffer.concat([good.subarray(0, 20), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), good.subarray(20)]),
  },
  {
    kind: 'valid JSON of the wrong shape',
    reason: /because its contents do not have the expected shape \(settings/,
    damage: () => Buffer.from('{"schemaVersion":1,"settings":"purple","reading":[]}'),
  },
];

const dataFile = (lectern: Lectern) => path.join(lectern.dataDir, 'lectern.json');
const keptFiles = async (lectern: Lectern) => (await readdir(lectern.dataDir)).filter((name) => name.startsWith('lectern.corrupt-'));

async function chooseSepia(lectern: Lectern): Promise<void> {
  const { page } = lectern;
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('radio', { name: 'Sepia' }).check();
  await expect.poll(async () => JSON.parse(await readFile(dataFile(lectern), 'utf8')).settings.theme).toBe('sepia');
}

/** Stops the app, damages its file, starts it again; returns the damaged bytes. */
async function damageAndRestart(lectern: Lectern, damage: Damage['damage']): Promise<Buffer> {
  await lectern.stop();
  const bad = damage(await readFile(dataFile(lectern)));
  await writeFile(dataFile(lectern), bad);
  await lectern.start();
  return bad;
}

for (const { kind, reason, damage } of damages) {
  test.describe(`a data file that is ${kind}`, () => {
    test('is set aside, the newest backup restored, and the reader told', async ({ lectern }) => {
      await chooseSepia(lectern);
      await lectern.restart(); // makes a backup holding the sepia theme
      const bad = await damageAndRestart(lectern, damage);
      const { page } = lectern;

      const notice = page.getByRole('status').filter({ hasText: 'Your data file was repaired' });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(reason);
      await expect(notice).toContainText(/Lectern restored the newest backup \(lectern\.backup-.*\.json\) and kept the damaged file as lectern\.corrupt-/);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
      const kept = await keptFiles(lectern);
      expect(kept).toHaveLength(1);
      expect((await readFile(path.join(lectern.dataDir, kept[0]!))).equals(bad)).toBe(true);
    });

    test('with no backup, is kept untouched and the app starts clean, saying so', async ({ lectern }) => {
      await chooseSepia(lectern);
      const bad = await damageAndRestart(lectern, damage);
      const { page } = lectern;

      const notice = page.getByRole('status').filter({ hasText: 'Your data file could not be read' });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(reason);
      await expect(notice).toContainText(/there was no backup to restore\. Lectern started with fresh data and kept the damaged file as lectern\.corrupt-/);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      const kept = await keptFiles(lectern);
      expect(kept).toHaveLength(1);
      expect((await readFile(path.join(lectern.dataDir, kept[0]!))).equals(bad)).toBe(true);

      // The fresh start is a working app: a change is saved.
      await page.getByRole('button', { name: 'Reading settings' }).click();
      await page.getByRole('radio', { name: 'Dark' }).check();
      await expect.poll(async () => JSON.parse(await readFile(dataFile(lectern), 'utf8')).settings.theme).toBe('dark');
    });
  });
}

test('a data file from a newer Lectern is left untouched, the app says it is read-only, and a change says it was not saved', async ({ lectern }) => {
  await chooseSepia(lectern);
  const newer = await damageAndRestart(lectern, (good) => Buffer.from(JSON.stringify({ ...JSON.parse(good.toString('utf8')), schemaVersion: 99, futureField: [1] })));
  const { page } = lectern;

  const notice = page.getByRole('status').filter({ hasText: 'Read-only: data from a newer Lectern' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('written by a newer version of Lectern (format 99)');

  await page.getByRole('button', { name: 'Reading settings' }).click();
  // click, not check: the refused save puts the radio back.
  await page.getByRole('radio', { name: 'Dark' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(alert).toContainText('Your reading settings were not saved: your data file belongs to a newer version of Lectern');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');

  await lectern.stop();
  expect((await readFile(dataFile(lectern))).equals(newer)).toBe(true);
  expect(await keptFiles(lectern)).toEqual([]);
});
