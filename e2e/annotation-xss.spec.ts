import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { dragSelect } from './support/annotations';
import { callApi } from './support/seed-annotations';

const payloads = JSON.parse(readFileSync('e2e/fixtures/xss-payloads.json', 'utf8')) as string[];
// A tag is one line of at most 64 characters; longer payloads go in notes and quotes only.
const asTag = (payload: string) => payload.length <= 64 && !/[\n\r\t]/.test(payload) && payload.trim() === payload;

test('notes, tags and imported annotations holding markup show it literally and run nothing', async ({ lectern }) => {
  test.setTimeout(90_000);
  expect(payloads.length).toBeGreaterThanOrEqual(100);
  let page = lectern.page;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  // Typed into the editor by a person.
  await dragSelect(page, 'p1', 'liaison office');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill('<img src=x onerror=alert(1)>');
  await page.getByRole('combobox', { name: 'Tags' }).fill('<script>alert(1)</script>');
  await page.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await page.getByRole('button', { name: 'Save' }).click();
  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  await expect(sidebar.getByText('<img src=x onerror=alert(1)>', { exact: true })).toBeVisible();
  await expect(sidebar.getByText('<script>alert(1)</script>', { exact: true })).toBeVisible();

  // The whole corpus, imported: each payload as a quote (their text is not in the article, so they
  // are kept as orphans), a note and, where it fits, a tag.
  const items = payloads.map((payload, i) => ({
    id: `xss-${i}`,
    type: 'Annotation',
    body: [{ type: 'TextualBody', value: payload }, ...(asTag(payload) ? [{ type: 'TextualBody', value: payload, purpose: 'tagging' }] : [])],
    target: { selector: { type: 'TextQuoteSelector', exact: payload } },
  }));
  const report = await callApi<{ added: number }>(page, 'annotations.import', { documentId: 'japan-nato', text: JSON.stringify({ type: 'AnnotationCollection', first: { items } }) });
  expect(report.added).toBe(payloads.length);

  page = await lectern.restart();
  await page.getByRole('button', { name: 'Annotations' }).click();
  await expect(sidebar.getByText(`${payloads.length + 1} annotations`)).toBeVisible();
  const notes = await sidebar.locator('.annotation-card__note').allTextContents();
  for (const payload of payloads) expect(notes, `the note ${JSON.stringify(payload)}`).toContain(payload);
  const tags = await sidebar.getByRole('list', { name: 'Tags' }).getByRole('listitem').allTextContents();
  for (const payload of payloads.filter(asTag)) expect(tags).toContain(payload);
  // The tag filter lists them as plain options too.
  await expect(sidebar.getByRole('combobox', { name: 'Tag' }).getByRole('option', { name: /^<svg onload=alert\(1\)> \(1\)$/ })).toHaveCount(1);

  // Searching for markup finds it as text.
  await sidebar.getByRole('searchbox', { name: 'Search notes and quotes' }).fill('<svg/onload=alert(1)>');
  await expect(sidebar.getByText(`1 of ${payloads.length + 1} annotations`)).toBeVisible();
  await expect(sidebar.getByRole('blockquote')).toHaveText('<svg/onload=alert(1)>');

  // Nothing ran and nothing was parsed into elements.
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  const injected = await page.evaluate(() => document.querySelectorAll('main img, aside img, aside iframe, aside object, aside embed, aside script, aside svg script, aside marquee, aside a[href], aside style').length);
  expect(injected).toBe(0);
});
