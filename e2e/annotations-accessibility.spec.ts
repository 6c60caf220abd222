import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { paintedCounts, paragraph } from './support/annotations';
import { callApi, createAnnotation } from './support/seed-annotations';

for (const theme of ['Light', 'Sepia', 'Dark'] as const) {
  test(`annotations have no axe violations in the ${theme} theme, sidebar open, highlights present (screenshots attached)`, async ({ lectern }, testInfo) => {
    test.setTimeout(60_000);
    let page = lectern.page;
    const at = (id: string, phrase: string) => {
      const start = paragraph(id).indexOf(phrase);
      return [id, start, start + phrase.length] as const;
    };
    await createAnnotation(page, ...at('p1', 'NATO is in negotiations with Japan to open a liaison office no later than 2024 in Tokyo.'), { color: 'yellow', note: 'Deadline: 2024.\nA second line.', tags: ['nato', 'dates'] });
    await createAnnotation(page, ...at('p1', 'liaison office no later than 2024 in Tokyo. At the same time, the so-called Individually Tailored Partnership Programme'), { color: 'green', tags: ['overlap'] });
    await createAnnotation(page, ...at('p1', 'The single-agency liaison office, together with the ITTP, will enable the Alliance'), { color: 'blue', note: 'ITTP: a misspelling of ITPP.' });
    await createAnnotation(page, ...at('p2', 'Japan’s alignment with NATO strengthens stability'), { color: 'pink', note: 'A very long note that wraps across several lines in the sidebar, to check the layout holds. '.repeat(3) });
    await callApi(page, 'annotations.import', {
      documentId: 'japan-nato',
      text: JSON.stringify([{ id: 'gone', type: 'Annotation', body: { value: 'Kept though its text is gone' }, target: { selector: { type: 'TextQuoteSelector', exact: 'a sentence that is not in the article at all' } } }]),
    });
    page = await lectern.restart();
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radio', { name: theme }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Annotations' }).click();
    await expect(page.getByRole('heading', { name: 'Orphaned (1)' })).toBeVisible();
    await expect.poll(() => paintedCounts(page)).toEqual({ yellow: 1, green: 1, blue: 1, pink: 1 });

    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`annotations-${theme.toLowerCase()}.png`) });

    // The editor open, and the toolbar over a selection.
    await page.getByRole('button', { name: /^Edit annotation “Deadline|^Edit annotation “NATO/ }).first().click();
    await page.getByRole('region', { name: 'Article text' }).focus();
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('Shift+ArrowRight');
    await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`annotations-${theme.toLowerCase()}-editing.png`) });
  });
}
