import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { fileToImport, importThroughChooser } from './support/import-driver';

// A Markdown file within every limit that keeps the parser busy for a minute or more.
const slow = fileToImport('slow.md', Array.from({ length: 400 }, () => '*a '.repeat(1990)).join('\n\n'));

for (const theme of ['Light', 'Sepia', 'Dark'] as const) {
  test(`the import menu, the paste dialog and the drop overlay have no axe violations in the ${theme} theme (screenshots attached)`, async ({ lectern }, testInfo) => {
    test.setTimeout(60_000);
    const { page } = lectern;
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radio', { name: theme }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    await page.keyboard.press('Escape');
    const name = theme.toLowerCase();

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('menu', { name: 'Import' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await testInfo.attach(`import-menu-${name}.png`, { body: await page.screenshot({ path: testInfo.outputPath(`import-menu-${name}.png`) }), contentType: 'image/png' });

    await page.getByRole('menuitem', { name: 'Paste text…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste text' });
    await dialog.getByRole('button', { name: 'Import text' }).click();
    await expect(dialog.getByText('A title cannot be empty.')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await testInfo.attach(`paste-dialog-${name}.png`, { body: await page.screenshot({ path: testInfo.outputPath(`paste-dialog-${name}.png`) }), contentType: 'image/png' });
    await page.keyboard.press('Escape');

    const transfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['x'], 'notes.txt', { type: 'text/plain' }));
      return data;
    });
    await page.locator('main').first().dispatchEvent('dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop to import')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await testInfo.attach(`drop-overlay-${name}.png`, { body: await page.screenshot({ path: testInfo.outputPath(`drop-overlay-${name}.png`) }), contentType: 'image/png' });
  });
}

for (const theme of ['Light', 'Sepia', 'Dark'] as const) {
  test(`the import under way, with Stop, the stopped notice and a batch's notice have no axe violations in the ${theme} theme (screenshots attached)`, async ({ lectern }, testInfo) => {
    // Three imports and five axe runs: ~21 s here, too near the 30 s every test gets on a loaded machine.
    test.setTimeout(60_000);
    const { page } = lectern;
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radio', { name: theme }).check();
    await page.keyboard.press('Escape');
    const name = theme.toLowerCase();
    await importThroughChooser(lectern, slow);
    // The web version names the file it uploaded; the desktop's status learns it from the main side.
    const status = page.getByRole('status').filter({ hasText: /Reading “slow\.md”…/ });
    await expect(status).toHaveText(/Reading “slow\.md”…/);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await testInfo.attach(`import-reading-${name}.png`, { body: await page.screenshot({ path: testInfo.outputPath(`import-reading-${name}.png`) }), contentType: 'image/png' });
    // By keyboard: the Stop button takes focus and Enter presses it.
    await status.getByRole('button', { name: 'Stop' }).focus();
    await page.keyboard.press('Enter');
    const stopped = page.getByRole('status').filter({ hasText: 'Import stopped' });
    await expect(stopped).toBeVisible();
    // The status is gone with the button that had focus: focus is back on the header's Import button, not lost to the page.
    await expect(page.getByRole('banner').getByRole('button', { name: 'Import', exact: true })).toBeFocused();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await testInfo.attach(`import-stopped-${name}.png`, { body: await page.screenshot({ path: testInfo.outputPath(`import-stopped-${name}.png`) }), contentType: 'image/png' });
    await stopped.getByRole('button', { name: 'Dismiss message' }).click();

    // Two files chosen together, the first refused, the second stopped: the batch's status and its one notice.
    await importThroughChooser(lectern, fileToImport('empty.txt', ''), slow);
    const second = page.getByRole('status').filter({ hasText: '2 of 2: Reading “slow.md”…' });
    await expect(second).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await second.getByRole('button', { name: 'Stop' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'None of the 2 files was imported' });
    await expect(summary).toContainText('Stopped: “slow.md” was not imported.');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await testInfo.attach(`import-batch-${name}.png`, { body: await page.screenshot({ path: testInfo.outputPath(`import-batch-${name}.png`) }), contentType: 'image/png' });
  });
}
