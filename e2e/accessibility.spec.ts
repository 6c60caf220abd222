import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

for (const theme of ['Light', 'Sepia', 'Dark'] as const) {
  test(`the reader has no axe violations in the ${theme} theme (screenshot attached)`, async ({ lectern }, testInfo) => {
    const { page } = lectern;
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radio', { name: theme }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());

    const withPanel = await new AxeBuilder({ page }).analyze();
    expect(withPanel.violations).toEqual([]);
    await testInfo.attach(`reader-${theme.toLowerCase()}-settings.png`, { body: await page.screenshot(), contentType: 'image/png' });

    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Find in article' }).fill('Japan');
    const withFind = await new AxeBuilder({ page }).analyze();
    expect(withFind.violations).toEqual([]);
    const shot = await page.screenshot({ path: testInfo.outputPath(`reader-${theme.toLowerCase()}.png`) });
    await testInfo.attach(`reader-${theme.toLowerCase()}.png`, { body: shot, contentType: 'image/png' });
  });
}
