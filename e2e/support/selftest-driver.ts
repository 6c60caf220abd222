/**
 * Answers self-test questions the way a keyboard user does (focus a control, press keys; no mouse),
 * and returns the answer given so a spec can grade it with the real grader and compare.
 */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Article } from '../../data/schemas/article';
import { SelfTest, type Answer, type Question } from '../../data/schemas/selftest';

// Read with fs: Playwright's loader wants import attributes on JSON, which the app's data modules do not use.
const article = Article.parse(JSON.parse(readFileSync('data/article.json', 'utf8')));
export const selfTest = SelfTest.parse(JSON.parse(readFileSync('data/selftest.json', 'utf8')));
/** Text of a body paragraph of the article. */
export const paragraphText = (id: string) => article.paragraphs.find((p) => p.id === id)!.text;

/** The question the screen shows, found by its heading. */
export async function currentQuestion(page: Page): Promise<Question> {
  const heading = (await page.getByRole('heading', { level: 2 }).first().innerText()).trim();
  const found = selfTest.questions.find((q) => {
    const prompt = q.kind === 'truefalse' ? q.statement : q.kind === 'evidence' ? q.claim : q.prompt;
    return heading.endsWith(prompt);
  });
  if (!found) throw new Error(`no question with heading: ${heading}`);
  return found;
}

/** Word boundaries of a paragraph, as the evidence question's keyboard selection walks them. */
function words(text: string) {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

async function pressTimes(page: Page, key: string, times: number) {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

/** Answers the shown question right or wrong by keyboard; returns the answer the app should have saved. */
export async function answerByKeyboard(page: Page, q: Question, right: boolean): Promise<Answer> {
  switch (q.kind) {
    case 'single': {
      const option = right ? q.options.find((o) => o.id === q.answer)! : q.options.find((o) => o.id !== q.answer)!;
      await page.getByRole('radio', { name: option.text, exact: true }).press('Space');
      return { kind: 'single', optionId: option.id };
    }
    case 'truefalse': {
      const value = right ? q.answer : !q.answer;
      await page.getByRole('radio', { name: value ? 'True' : 'False', exact: true }).press('Space');
      return { kind: 'truefalse', value };
    }
    case 'multi': {
      // Wrong: the first right option and one wrong one, which the grader scores (1 − 1) / n = 0.
      const picks = right ? q.answers : [q.answers[0]!, q.options.find((o) => !q.answers.includes(o.id))!.id];
      for (const id of picks) await page.getByRole('checkbox', { name: q.options.find((o) => o.id === id)!.text, exact: true }).press('Space');
      return { kind: 'multi', optionIds: picks };
    }
    case 'classify': {
      const categories = q.categories.map((c) => c.id);
      const placements: Record<string, (typeof categories)[number]> = {};
      for (const [i, item] of q.items.entries()) {
        // Wrong: the first item goes one column along; the rest are right (partial credit).
        const target = right || i > 0 ? item.category : categories[(categories.indexOf(item.category) + 1) % categories.length]!;
        const select = page.getByRole('combobox', { name: `Category ${item.text}`, exact: true });
        await select.focus();
        await pressTimes(page, 'ArrowDown', categories.indexOf(target) + 1);
        await expect(select).toBeFocused();
        placements[item.id] = target;
      }
      return { kind: 'classify', placements };
    }
    case 'order': {
      const wanted = q.items.map((i) => i.id);
      // Wrong: the right order with the first two swapped.
      if (!right) [wanted[0], wanted[1]] = [wanted[1]!, wanted[0]!];
      for (const [target, id] of wanted.entries()) {
        const text = q.items.find((i) => i.id === id)!.text;
        const labels = await page.locator('.order__row').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
        const current = labels.findIndex((label) => label.endsWith(text));
        expect(current).toBeGreaterThanOrEqual(0);
        await page.locator('.order__row').nth(current).focus();
        await pressTimes(page, 'Alt+ArrowUp', current - target);
      }
      const keep = page.getByRole('button', { name: 'Keep this order as my answer' });
      if (await keep.isVisible()) await keep.press('Enter');
      return { kind: 'order', itemIds: wanted };
    }
    case 'match': {
      const pairs: Record<string, string> = {};
      const rightIds = q.left.map((l) => q.pairs[l.id]!);
      for (const [i, person] of q.left.entries()) {
        // Wrong: the first two people swap their statements.
        const target = right || i > 1 ? rightIds[i]! : rightIds[1 - i]!;
        const select = page.getByRole('combobox', { name: person.text, exact: true });
        const options = await select.locator('option').allInnerTexts();
        await select.focus();
        await pressTimes(page, 'ArrowDown', options.indexOf(q.right.find((r) => r.id === target)!.text));
        pairs[person.id] = target;
      }
      return { kind: 'match', pairs };
    }
    case 'short': {
      const text = right ? q.modelAnswer : 'I am not sure.';
      await page.getByRole('textbox', { name: 'Your answer' }).focus();
      // Its first word key by key, the rest as one input (as a paste or an input method sends it): a
      // model answer of 400 characters typed key by key took a quarter of the spec's time under load.
      const firstWord = text.split(' ')[0]!;
      await page.keyboard.type(firstWord);
      await page.keyboard.insertText(text.slice(firstWord.length));
      await page.getByRole('button', { name: 'Check my answer' }).press('Enter');
      const mark = right ? 'right' : 'wrong';
      await page.getByRole('radio', { name: right ? 'Right' : 'Wrong', exact: true }).press('Space');
      return { kind: 'short', text, selfMark: mark };
    }
    case 'evidence': {
      const text = paragraphText(q.source.paragraph);
      const spans = words(text);
      const start = text.indexOf(q.source.quote);
      const end = start + q.source.quote.length;
      // Wrong: the paragraph's first three words (unless the quote is there, then its last three).
      let first = spans.findIndex((s) => s.start >= start);
      let last = spans.findLastIndex((s) => s.end <= end);
      if (!right) [first, last] = first > 3 ? [0, 2] : [spans.length - 3, spans.length - 1];
      const paragraph = page.getByRole('textbox', { name: `Paragraph ${q.source.paragraph.slice(1)}` });
      await paragraph.focus();
      await pressTimes(page, 'ArrowRight', first);
      await pressTimes(page, 'Shift+ArrowRight', last - first);
      await page.keyboard.press('Enter');
      await expect(page.getByText('This passage is your answer.')).toBeVisible();
      return { kind: 'evidence', selection: { start: spans[first]!.start, end: spans[last]!.end }, paragraph: q.source.paragraph };
    }
  }
}

/** Opens the self-test from the navigation, by keyboard. */
export async function openSelftest(page: Page) {
  await page.getByRole('link', { name: 'Self-test' }).press('Enter');
  // The self-test's own page (its chunk loads on the way): the reader's title, still on screen a moment, is not it.
  await expect(page.getByRole('main').getByText('Self-test', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Waits until every answer is durably saved. */
export async function allSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'All answers saved' })).toBeVisible();
}
