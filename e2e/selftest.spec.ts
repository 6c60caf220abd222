import { gradeAttempt } from '../electron/domain/selftest/grade';
import type { Answer } from '../data/schemas/selftest';
import { test, expect } from './fixtures';
import { callApi, callApiReply } from './support/api-call';
import { allSaved, answerByKeyboard, currentQuestion, openSelftest, paragraphText, selfTest } from './support/selftest-driver';

test('an attempt taken by keyboard alone scores what the grader says; a retake of the missed ones joins the history', async ({ lectern }, testInfo) => {
  // The whole test, every question, and a retake: about 25 s alone, up to 80 s beside another worker.
  test.setTimeout(180_000);
  const { page } = lectern;
  await openSelftest(page);
  await expect(page.getByText(`${selfTest.questions.length} questions on whether Japan could join NATO`)).toBeVisible();
  await page.getByRole('button', { name: 'Start the test' }).press('Enter');

  const answers: Record<string, Answer> = {};
  for (let n = 1; n <= selfTest.questions.length; n += 1) {
    await expect(page.getByText(`Question ${n} of ${selfTest.questions.length}`)).toBeVisible();
    const question = await currentQuestion(page);
    // Every third question wrong (some of those earn partial credit), the rest right.
    answers[question.id] = await answerByKeyboard(page, question, n % 3 !== 0);
    await allSaved(page);
    const next = page.getByRole('button', { name: n === selfTest.questions.length ? 'Review and submit' : 'Next' });
    await next.press('Enter');
    if (n < selfTest.questions.length) await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  }

  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await expect(page.getByText('Every question has an answer.')).toBeVisible();
  await page.getByRole('button', { name: 'Submit answers' }).press('Enter');

  const expected = gradeAttempt(selfTest.questions, answers, paragraphText);
  expect(expected.score).toBeGreaterThan(0);
  expect(expected.score).toBeLessThan(expected.max);
  await expect(page).toHaveURL(/result=/);
  // Question by question, the main side must have stored exactly the answers given and graded them alike.
  const attemptId = new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('result');
  const stored = await callApi<{ answers: Record<string, unknown>; grades: { questionId: string; score: number }[] }>(page, 'selftest.result', { documentId: 'japan-nato', attemptId });
  for (const grade of expected.perQuestion) {
    const given = answers[grade.questionId];
    // A multiple-select answer is a set: the app keeps the picks in display order.
    const asSet = (a: unknown) => (given?.kind === 'multi' ? { ...(a as object), optionIds: [...(a as { optionIds: string[] }).optionIds].sort() } : a);
    expect.soft(asSet(stored.answers[grade.questionId]), grade.questionId).toEqual(asSet(given));
    expect.soft(stored.grades.find((g) => g.questionId === grade.questionId)?.score, grade.questionId).toBe(grade.score);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Your score: ${expected.percent}%`);
  const points = Number.isInteger(expected.score) ? String(expected.score) : expected.score.toFixed(1);
  await expect(page.getByText(`${points} of ${expected.max} points`)).toBeVisible();
  const missed = expected.perQuestion.filter((g) => g.score < 1).length;
  // Each evidence question's feedback draws the evidence and the learner's selection on its paragraph.
  const evidenceCount = selfTest.questions.filter((q) => q.kind === 'evidence').length;
  await expect(page.getByRole('figure').filter({ hasText: 'your selection' })).toHaveCount(evidenceCount);
  const shot = await page.screenshot({ fullPage: true, path: testInfo.outputPath('results-mixed.png') });
  await testInfo.attach('results-mixed.png', { body: shot, contentType: 'image/png' });

  await page.getByRole('button', { name: `Retake only the ones I missed (${missed})` }).press('Enter');
  await expect(page.getByText(`Question 1 of ${missed}`)).toBeVisible();
  await page.getByRole('button', { name: 'Review answers' }).press('Enter');
  await expect(page.getByText(`${missed} questions are not answered yet`)).toBeVisible();
  await page.getByRole('button', { name: 'Submit answers' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your score: 0%');

  await page.getByRole('button', { name: 'History and score trend' }).press('Enter');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText(`All ${selfTest.questions.length}`);
  await expect(rows.nth(1)).toContainText(`${expected.percent}%`);
  await expect(rows.nth(2)).toContainText(`${missed} missed`);
  await expect(page.getByRole('img', { name: `Scores of 2 attempts, from ${expected.percent}% to 0%.` })).toBeVisible();

  await openSelftest(page);
  await expect(page.getByText('Best score').locator('..')).toContainText(`${expected.percent}%`);
  await expect(page.getByText('Last score').locator('..')).toContainText('0%');
});

test('an unfinished attempt survives a restart and resumes where it stopped', async ({ lectern }) => {
  let page = lectern.page;
  await openSelftest(page);
  await page.getByRole('button', { name: 'Start the test' }).click();
  const first = await currentQuestion(page);
  await answerByKeyboard(page, first, true);
  await page.getByRole('button', { name: 'Next' }).click();
  const second = await currentQuestion(page);
  const given = await answerByKeyboard(page, second, false);
  await allSaved(page);

  page = await lectern.restart();
  await openSelftest(page);
  await expect(page.getByText(`You have an unfinished attempt: 2 of ${selfTest.questions.length} answered.`)).toBeVisible();
  await page.getByRole('button', { name: 'Resume attempt' }).click();
  await expect(page.getByText(`Question 3 of ${selfTest.questions.length}`)).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  expect((await currentQuestion(page)).id).toBe(second.id);
  if (given.kind === 'single' && second.kind === 'single') {
    await expect(page.getByRole('radio', { name: second.options.find((o) => o.id === given.optionId)!.text })).toBeChecked();
  }
  await expect(page.getByText(`Question 2 of ${selfTest.questions.length}`)).toBeVisible();
});

test('“Show in article” on a result opens the reader with the question’s passage highlighted', async ({ lectern }) => {
  const { page } = lectern;
  await openSelftest(page);
  await page.getByRole('button', { name: 'Start the test' }).click();
  const question = await currentQuestion(page);
  await page.getByRole('button', { name: 'Review answers' }).click();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByRole('heading', { name: 'Your score: 0%' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }).first();
  await expect(item).toContainText('Not answered');
  await expect(item).toContainText(question.explanation);

  await page.getByRole('button', { name: 'Show in article: question 1', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Japan/);
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('focus-passage') ?? [])].map((r) => r.toString()).join(''))).toBe(question.source.quote);

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Your score: 0%' })).toBeVisible();
});

test('a short answer over the size cap is refused with a clear message', async ({ lectern }) => {
  const { page } = lectern;
  await openSelftest(page);
  await page.getByRole('button', { name: 'Start the test' }).click();
  await expect(page.getByText(`Question 1 of ${selfTest.questions.length}`)).toBeVisible();
  const current = await callApi<{ id: string }>(page, 'selftest.current', { documentId: 'japan-nato' });
  const attempt = await callApiReply(page, 'selftest.answer', { documentId: 'japan-nato', attemptId: current.id, questionId: 'short-why-not-soon', answer: { kind: 'short', text: 'x'.repeat(5001), selfMark: null } });
  expect(attempt).toMatchObject({ ok: false, message: expect.stringContaining('at most 5000 characters') });
  // The web host names the code; across Electron's contextBridge only the message survives.
  expect([undefined, 'invalid-input']).toContain(attempt.ok ? 'ok' : attempt.code);
});
