import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { test, expect } from './fixtures';
import { dragSelect } from './support/annotations';
import { exportedFile } from './support/exported-file';

const quote = 'China claims sovereignty over the uninhabited Senkaku Islands';

async function addQuestionFrom(page: Page, paragraph: string, words: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reader' }).click();
  await dragSelect(page, paragraph, words);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Add question' }).click();
  await expect(page.getByRole('heading', { name: 'Add a question' })).toBeVisible();
  await expect(page.locator('.passage blockquote')).toHaveText(`“${words}”`);
}

async function noViolations(page: Page, testInfo: TestInfo, name: string) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations, name).toEqual([]);
  await page.screenshot({ fullPage: true, path: testInfo.outputPath(`${name}.png`) });
}

test('a choice question and a find-the-evidence question from selected passages, listed, edited, deleted with Undo, and exported for Moodle', async ({ lectern }) => {
  test.setTimeout(90_000);
  const { page } = lectern;

  await addQuestionFrom(page, 'p2', quote);
  await page.getByLabel('Question', { exact: true }).fill('Which islands does China claim?');
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks.getByRole('list', { name: 'To fix before saving' })).toContainText('The right answer is empty');
  await page.getByLabel('Right answer', { exact: true }).fill('The Senkaku Islands, uninhabited and administered by Japan today');
  await page.getByLabel('Wrong answer 1').fill('The Kuril Islands');
  await page.getByLabel('Wrong answer 2').fill('The Ryukyu Islands');
  await page.getByLabel(/^Explanation/).fill('The passage names the Senkaku Islands.');
  // The content rules, live: the right answer is far longer than every wrong one.
  await expect(checks.getByRole('list', { name: 'Hints from the content rules' })).toContainText('far longer than every other');
  await page.getByLabel('Right answer', { exact: true }).fill('The Senkaku Islands');
  await expect(checks.getByRole('status')).toHaveText(/Ready to save/);
  await page.getByRole('button', { name: 'Save question' }).click();
  await expect(page.getByRole('heading', { name: 'Questions', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Question saved' })).toContainText('Which islands does China claim?');

  await addQuestionFrom(page, 'p1', 'NATO is in negotiations with Japan to open a liaison office no later than 2024 in Tokyo');
  await page.getByRole('radio', { name: 'Find the evidence' }).check();
  await page.getByLabel('Claim the passage supports').fill('NATO will open its liaison office in Tokyo in 2024.');
  await expect(checks.getByRole('list', { name: 'Hints from the content rules' })).toContainText('no later than');
  await page.getByLabel('Claim the passage supports').fill('NATO means to open its liaison office in Tokyo no later than 2024.');
  await page.getByLabel(/^Explanation/).fill('The first sentence gives the deadline.');
  await expect(checks.getByRole('status')).toHaveText('Ready to save: no problems, no advice.');
  await page.getByRole('button', { name: 'Save question' }).click();

  const list = page.getByRole('list', { name: 'Your questions' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').nth(0)).toContainText('One right answer');
  await expect(list.getByRole('listitem').nth(1)).toContainText('Find the evidence');

  // Edit, then delete and Undo.
  await list.getByRole('link', { name: 'Edit “Which islands does China claim?”' }).click();
  await page.getByLabel('Question', { exact: true }).fill('Which islands does China claim sovereignty over?');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(list.getByRole('listitem').nth(0)).toContainText('Which islands does China claim sovereignty over?');
  await list.getByRole('button', { name: /^Delete “Which islands/ }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('status').filter({ hasText: 'Question deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // Survives a reload: it was stored.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Your questions' }).getByRole('listitem')).toHaveCount(2);

  const file = await exportedFile(lectern, () => page.getByRole('button', { name: 'Export the self-test as Moodle XML' }).click());
  expect(file.name).toMatch(/^lectern-selftest-japan-nato-\d{4}-\d\d-\d\d\.xml$/);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => name === 'question' });
  const questions = (parser.parse(file.text) as { quiz: { question: { '@type': string; questiontext?: { text: string } }[] } }).quiz.question;
  const texts = questions.map((q) => String(q.questiontext?.text ?? ''));
  expect(questions[0]!['@type']).toBe('category');
  expect(texts).toContain('Which islands does China claim sovereignty over?');
  const evidence = questions.find((q) => String(q.questiontext?.text ?? '').includes('NATO means to open its liaison office'));
  expect(evidence?.['@type']).toBe('essay');
  const report = page.getByRole('group').filter({ hasText: 'What Moodle loses' });
  await expect(report).toContainText('no question type in which the learner selects the passage');
});

for (const theme of ['Light', 'Sepia', 'Dark'] as const) {
  test(`the question editor and the question list have no axe violations in the ${theme} theme`, async ({ lectern }, testInfo) => {
    test.setTimeout(60_000);
    const { page } = lectern;
    const t = theme.toLowerCase();
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radio', { name: theme }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', t);
    await page.keyboard.press('Escape');
    await addQuestionFrom(page, 'p2', quote);
    // By keyboard: the kind is a radio group, the fields follow in order.
    await page.getByRole('radio', { name: 'One right answer' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'True or false' })).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.type('China claims the Senkaku Islands?');
    await expect(page.getByRole('region', { name: 'Checks' })).toContainText('without a question mark');
    await noViolations(page, testInfo, `question-editor-${t}`);
    await page.getByLabel('Statement').fill('China claims sovereignty over the Senkaku Islands.');
    await page.getByLabel(/^Explanation/).fill('The passage says so.');
    await page.getByRole('button', { name: 'Save question' }).press('Enter');
    await expect(page.getByRole('list', { name: 'Your questions' }).getByRole('listitem')).toHaveCount(1);
    await page.getByRole('button', { name: 'Export the self-test as Moodle XML' }).click();
    await expect(page.getByRole('group').filter({ hasText: 'What Moodle loses' })).toBeVisible();
    await noViolations(page, testInfo, `question-list-${t}`);
  });
}
