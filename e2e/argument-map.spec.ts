import { readFileSync } from 'node:fs';
import { ArgumentMap } from '../data/schemas/argument-map';
import { test, expect } from './fixtures';

const map = ArgumentMap.parse(JSON.parse(readFileSync('data/argument-map.json', 'utf8')));
const geography = map.nodes.find((n) => n.id === 'against-geography')!;

test('selecting a claim marks its sentence beside the map, and “Show in article” highlights it in the reader', async ({ lectern }, testInfo) => {
  const { page } = lectern;
  await page.getByRole('link', { name: 'Argument map' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: map.question })).toBeVisible();
  for (const region of ['Context', 'Against: not in the near future', 'For: one day', 'Conclusion']) {
    await expect(page.getByRole('heading', { level: 2, name: region })).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 3, name: 'What Japan would gain' })).toBeVisible();

  const node = page.getByRole('button', { name: new RegExp(`^${geography.label}`) });
  await node.press('Enter');
  await expect(node).toHaveAttribute('aria-pressed', 'true');
  const panel = page.getByRole('complementary');
  await expect(panel).toContainText('In the text: paragraph 4');
  await expect(panel.locator('mark')).toHaveText(geography.source.quote);
  await page.evaluate(() => window.scrollTo(0, 0));
  const shot = await page.screenshot({ path: testInfo.outputPath('argument-map-selected.png') });
  await testInfo.attach('argument-map-selected.png', { body: shot, contentType: 'image/png' });

  await panel.getByRole('button', { name: 'Show in article' }).press('Enter');
  await expect(page).toHaveURL(/#\/reader\?focus=p4/);
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('focus-passage') ?? [])].map((r) => r.toString()).join(''))).toBe(geography.source.quote);
});

test('“Hide the text” turns the map into recall cards revealed one by one', async ({ lectern }) => {
  const { page } = lectern;
  await page.getByRole('link', { name: 'Argument map' }).click();
  await page.getByRole('button', { name: 'Hide the text' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Show the text' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(geography.label)).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(`Revealed 0 of ${map.nodes.length} · recalled 0`);

  // Claims are numbered context first, then against: the geography claim is the 7th card.
  const number = map.nodes.filter((n) => n.side === 'context').length + map.nodes.filter((n) => n.side === 'against-soon').indexOf(geography) + 1;
  await page.getByRole('button', { name: `Reveal claim ${number} (Against: not in the near future)` }).press('Enter');
  await expect(page.getByRole('button', { name: new RegExp(`^${geography.label}`) })).toBeVisible();
  await expect(page.getByRole('complementary').locator('mark')).toHaveText(geography.source.quote);
  await page.getByRole('button', { name: 'I knew it' }).press('Enter');
  await expect(page.getByText('You knew this one.')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(`Revealed 1 of ${map.nodes.length} · recalled 1`);

  await page.getByRole('button', { name: 'Reveal all' }).click();
  await expect(page.getByRole('button', { name: /^Reveal claim/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the text' }).click();
  await expect(page.getByText('What is this claim?')).toHaveCount(0);
});
