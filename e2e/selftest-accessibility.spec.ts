import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { currentQuestion, openSelftest, selfTest } from './support/selftest-driver';

async function noViolations(page: Page, testInfo: TestInfo, name: string) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations, name).toEqual([]);
  await testInfo.attach(`${name}.png`, { body: await page.screenshot({ fullPage: true, path: testInfo.outputPath(`${name}.png`) }), contentType: 'image/png' });
}

for (const theme of ['Light', 'Sepia', 'Dark'] as const) {
  test(`self-test start, results and the argument map have no axe violations in the ${theme} theme`, async ({ lectern }, testInfo) => {
    test.setTimeout(90_000);
    const { page } = lectern;
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radio', { name: theme }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    const t = theme.toLowerCase();

    await openSelftest(page);
    await noViolations(page, testInfo, `selftest-start-${t}`);
    await page.getByRole('button', { name: 'Start the test' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Question 1 of ${selfTest.questions.length}` })).toBeVisible();
    await page.getByRole('button', { name: 'Review answers' }).click();
    await noViolations(page, testInfo, `selftest-review-${t}`);
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await expect(page.getByRole('heading', { name: /Your score/ })).toBeVisible();
    await noViolations(page, testInfo, `selftest-results-${t}`);
    await page.getByRole('button', { name: 'History and score trend' }).click();
    await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
    await noViolations(page, testInfo, `selftest-history-${t}`);

    await page.getByRole('link', { name: 'Argument map' }).click();
    await page.getByRole('button', { name: /^Japan: Article 5 cover/ }).click();
    await noViolations(page, testInfo, `argument-map-${t}`);
    await page.getByRole('button', { name: 'Hide the text' }).click();
    await page.getByRole('button', { name: /^Reveal claim 1 / }).click();
    await noViolations(page, testInfo, `argument-map-recall-${t}`);
  });
}

test('a question of every kind has no axe violations', async ({ lectern }, testInfo) => {
  test.setTimeout(90_000);
  const { page } = lectern;
  await openSelftest(page);
  await page.getByRole('button', { name: 'Start the test' }).click();
  const seen = new Set<string>();
  for (let n = 1; n <= selfTest.questions.length && seen.size < 8; n += 1) {
    await expect(page.getByText(`Question ${n} of ${selfTest.questions.length}`)).toBeVisible();
    const question = await currentQuestion(page);
    if (!seen.has(question.kind)) {
      seen.add(question.kind);
      if (question.kind === 'short') {
        await page.getByRole('textbox', { name: 'Your answer' }).fill('Kishida said Japan has no plans to join.');
        await page.getByRole('button', { name: 'Check my answer' }).click();
      }
      if (question.kind === 'evidence') {
        await page.getByRole('textbox', { name: 'Paragraph 4' }).focus();
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Shift+ArrowRight');
      }
      await noViolations(page, testInfo, `question-${question.kind}`);
    }
    await page.getByRole('button', { name: 'Next' }).click();
  }
  expect([...seen].sort()).toEqual(['classify', 'evidence', 'match', 'multi', 'order', 'short', 'single', 'truefalse']);
});
