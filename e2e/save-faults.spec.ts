/**
 * Saves that fail as a disk fails (EACCES, ENOSPC, EPERM/EBUSY on rename, EIO on fsync), injected
 * with the web host's test-only `--fault-file` (root ignores file permissions, so a read-only folder
 * cannot be used here): the reader says the change was not saved, shows what is really stored, leaves
 * the file as it was, and "Try again" saves it once the fault clears.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { startHostProcess, stopHostProcess, type RunningHost } from './support/web-host-process';

test.skip(({ mode }) => mode !== 'web', 'faults are injected through the web host');

const faults = [
  { fault: 'open EACCES', what: 'the folder is not writable' },
  { fault: 'writeFile ENOSPC', what: 'the disk is full' },
  { fault: 'rename EPERM', what: 'another program holds the file (Windows)' },
  { fault: 'rename EBUSY', what: 'the file is busy (Windows)' },
  { fault: 'sync EIO', what: 'the disk reports an I/O error' },
];

let dataDir = '';
let faultFile: string;
let host: RunningHost | null = null;

test.beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-e2e-fault-'));
  faultFile = `${dataDir}.fault`;
});
test.afterEach(async () => {
  if (host) await stopHostProcess(host);
  host = null;
  // Skipped tests (the Electron project) never ran beforeEach.
  if (!dataDir) return;
  await rm(dataDir, { recursive: true, force: true });
  await rm(faultFile, { force: true });
  dataDir = '';
});

for (const { fault, what } of faults) {
  test(`when ${what} (${fault}), a setting is not saved, the reader says so, and Try again saves it`, async ({ page }, testInfo) => {
    host = await startHostProcess(dataDir, ['--fault-file', faultFile]);
    await page.goto(host.launchUrl);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const dataFile = path.join(dataDir, 'lectern.json');
    const before = await readFile(dataFile);

    await writeFile(faultFile, `${fault}\n`);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    // click, not check: the failed save puts the radio back, which check() would take for a miss.
    await page.getByRole('radio', { name: 'Dark' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(`Your reading settings were not saved`);
    await expect(alert).toContainText(fault.split(' ')[1]!);
    await expect(alert).toContainText('Your previous data is intact.');
    // What the screen shows is what is stored: the theme went back.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
    expect((await readFile(dataFile)).equals(before)).toBe(true);
    expect((await readdir(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    await page.keyboard.press('Escape');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    const shot = await page.screenshot({ path: testInfo.outputPath('not-saved.png') });
    await testInfo.attach('not-saved.png', { body: shot, contentType: 'image/png' });

    await writeFile(faultFile, '');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(alert).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(async () => JSON.parse(await readFile(dataFile, 'utf8')).settings.theme).toBe('dark');
  });
}

test('a failed reading-place save says so, and the place is saved once the fault clears', async ({ page }) => {
  host = await startHostProcess(dataDir, ['--fault-file', faultFile]);
  await page.goto(host.launchUrl);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const dataFile = path.join(dataDir, 'lectern.json');
  const before = await readFile(dataFile);

  await writeFile(faultFile, 'writeFile ENOSPC\n');
  const scrollTo = (id: string) =>
    page.locator(`[data-paragraph-id="${id}"]`).evaluate((p) => window.scrollTo({ top: window.scrollY + p.getBoundingClientRect().top - 80, behavior: 'instant' }));
  await scrollTo('p4');
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(alert).toContainText('Your reading place was not saved');
  await expect(alert).toContainText('ENOSPC');
  expect((await readFile(dataFile)).equals(before)).toBe(true);

  await writeFile(faultFile, '');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
  await scrollTo('p3');
  await expect.poll(async () => JSON.parse(await readFile(dataFile, 'utf8')).reading['japan-nato']?.paragraphId).toBe('p3');
});
