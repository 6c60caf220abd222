import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { paintedCounts } from './support/annotations';

const hypothesisFile = new URL('./fixtures/hypothesis-export.json', import.meta.url);

test('import a Hypothesis export through the file chooser: a report per annotation, and a second import changes nothing', async ({ lectern }, testInfo) => {
  const { page } = lectern;
  const buffer = await readFile(hypothesisFile);
  await page.getByRole('button', { name: 'Annotations' }).click();
  const sidebar = page.getByRole('complementary', { name: 'Annotations' });

  const choosing = page.waitForEvent('filechooser');
  await sidebar.getByRole('button', { name: 'Import annotations…' }).click();
  const chooser = await choosing;
  // The chooser offers the types the importers list.
  expect(await chooser.element().getAttribute('accept')).toBe('.jsonld,.json,application/ld+json,application/json');
  await chooser.setFiles({ name: 'hypothesis-export.json', mimeType: 'application/json', buffer });

  await expect(page.getByRole('status').filter({ hasText: 'Imported: 2 added, 0 updated, 0 unchanged, 3 skipped.' })).toBeVisible();
  const report = sidebar.getByRole('region', { name: 'Import report (Hypothesis)' });
  await expect(report.getByRole('listitem')).toHaveText([
    'Added “liaison office”',
    'Added “Individually Tailored Partnership Programme”',
    'Skipped Annotation 3: it quotes no text (no TextQuoteSelector): a note on the whole page cannot be placed',
    'Skipped “liaison office”: it is a reply to another annotation',
    'Skipped “something else entirely”: it annotates another document (https://example.org/another-article)',
  ]);
  await expect.poll(() => paintedCounts(page)).toMatchObject({ yellow: 2 });
  // The note's markup is shown as text, never run.
  await expect(sidebar.getByText('Where exactly? <img src=x onerror=alert(1)>')).toBeVisible();
  await expect(sidebar.locator('img')).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('import-report-light.png') });

  await sidebar.getByRole('button', { name: 'Close report' }).click();
  await expect(report).toBeHidden();
  const again = page.waitForEvent('filechooser');
  await sidebar.getByRole('button', { name: 'Import annotations…' }).click();
  await (await again).setFiles({ name: 'hypothesis-export.json', mimeType: 'application/json', buffer });
  await expect(page.getByRole('status').filter({ hasText: 'Imported: 0 added, 0 updated, 2 unchanged, 3 skipped.' })).toBeVisible();
  await expect(sidebar.getByText('2 annotations', { exact: true })).toBeVisible();

  // The kept Hypothesis ids go back out in the JSON-LD export.
  const downloading = page.waitForEvent('download');
  await sidebar.getByRole('button', { name: 'Export JSON-LD' }).click();
  const jsonld = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as { first: { items: { id: string }[] } };
  expect(jsonld.first.items.map((item) => item.id).sort()).toEqual(['https://hypothes.is/a/hYp0001aaaa', 'https://hypothes.is/a/hYp0002bbbb']);
});

for (const theme of ['Sepia', 'Dark'] as const) {
  test(`the import report has no axe violations in the ${theme} theme`, async ({ lectern }, testInfo) => {
    const { page } = lectern;
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radio', { name: theme }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Annotations' }).click();
    const sidebar = page.getByRole('complementary', { name: 'Annotations' });
    const choosing = page.waitForEvent('filechooser');
    await sidebar.getByRole('button', { name: 'Import annotations…' }).click();
    await (await choosing).setFiles({ name: 'hypothesis-export.json', mimeType: 'application/json', buffer: await readFile(hypothesisFile) });
    await expect(sidebar.getByRole('region', { name: 'Import report (Hypothesis)' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`import-report-${theme.toLowerCase()}.png`) });
  });
}
