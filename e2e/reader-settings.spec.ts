import { test, expect } from './fixtures';
import { savedDoc } from './support/saved-data';

test('theme and text size apply at once and survive a reload and a restart', async ({ lectern }) => {
  let page = lectern.page;
  const paragraph = page.locator('[data-paragraph-id="p1"]');
  const sizeBefore = await paragraph.evaluate((p) => getComputedStyle(p).fontSize);

  await page.getByRole('button', { name: 'Reading settings' }).click();
  const panel = page.getByRole('dialog', { name: 'Reading settings' });
  await panel.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await panel.getByRole('button', { name: 'Larger text' }).click();
  await panel.getByRole('button', { name: 'Larger text' }).click();
  await panel.getByRole('radio', { name: 'Sans' }).check();
  await panel.getByRole('radio', { name: 'Wide' }).check();
  const sizeAfter = await paragraph.evaluate((p) => getComputedStyle(p).fontSize);
  expect(parseFloat(sizeAfter)).toBeGreaterThan(parseFloat(sizeBefore));
  // The last change's save is on its way (a reload would cancel it): the reload waits for it on disk.
  await expect
    .poll(async () => (await savedDoc(lectern.dataDir)).settings)
    .toMatchObject({ theme: 'dark', fontSizeStep: 4, fontFamily: 'sans', lineWidth: 'wide' });

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(paragraph).toHaveCSS('font-size', sizeAfter);

  page = await lectern.restart();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-paragraph-id="p1"]')).toHaveCSS('font-size', sizeAfter);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await expect(page.getByRole('radio', { name: 'Sans' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Wide' })).toBeChecked();
});

test('Ctrl+plus and Ctrl+minus change the text size by keyboard, and Escape closes the panel', async ({ lectern }) => {
  const { page } = lectern;
  const paragraph = page.locator('[data-paragraph-id="p2"]');
  const size = async () => parseFloat(await paragraph.evaluate((p) => getComputedStyle(p).fontSize));
  const start = await size();
  await page.keyboard.press('Control+Equal');
  await expect.poll(size).toBeGreaterThan(start);
  await page.keyboard.press('Control+Minus');
  await page.keyboard.press('Control+Minus');
  await expect.poll(size).toBeLessThan(start);

  await page.getByRole('button', { name: 'Reading settings' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Reading settings' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Light' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Reading settings' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Reading settings' })).toBeFocused();
});
