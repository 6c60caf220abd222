// @vitest-environment jsdom
// A question kind that exists only in this test ("fill the gap" from a word bank): one domain module,
// one view and a registry line each side are all it takes for an attempt with it to start, shuffle,
// grade, make a card, render its question and its feedback, and pass axe.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type { z } from 'zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paragraphText } from '../../../../data/article';
import { selfTestSchema, selftestSchemas } from '../../../../data/schemas/selftest';
import selfTestJson from '../../../../data/selftest.json';
import { attemptRulesOf } from '../../../../electron/domain/selftest/attempt';
import { cardMakerOf } from '../../../../electron/domain/selftest/card-from-question';
import { graderOf } from '../../../../electron/domain/selftest/grade';
import { defineKinds, type AnswerIn, type QuestionIn, type QuestionKindModule, type SchemaKit } from '../../../../electron/domain/selftest/kinds/kind';
import { selftestKinds } from '../../../../electron/domain/selftest/kinds/registry';
import { firstUnknown, noAnswer } from '../../../../electron/domain/selftest/kinds/shared';
import { shufflerOf } from '../../../../electron/domain/selftest/shuffle';
import { feedbackItemOf } from '../FeedbackItem';
import { questionViewOf } from '../QuestionView';
import { AnswerComparison } from './AnswerComparison';
import { selftestViews } from './registry';
import type { KindQuestionProps, KindView, ViewRegistry } from './view';

// The domain module.
const schemas = ({ z, common, Slug, Text, LayoutId, ChoiceOption }: SchemaKit) => ({
  question: z.object({ ...common, kind: z.literal('gap'), before: Text, after: Text, words: z.array(ChoiceOption).min(3), answer: Slug }),
  answer: z.object({ kind: z.literal('gap'), wordId: Slug.nullable() }),
  layout: z.object({ kind: z.literal('gap'), wordIds: z.array(LayoutId) }),
});
type GapSchemas = ReturnType<typeof schemas>;
type GapQuestion = z.output<GapSchemas['question']>;
const wordOf = (q: GapQuestion, id: string | null) => q.words.find((w) => w.id === id)?.text;
const filled = (q: GapQuestion, word = '…') => `${q.before} ${word} ${q.after}`;

const gap: QuestionKindModule<GapSchemas, { kind: 'gap'; chosen: string | null }> = {
  kind: 'gap',
  label: 'Fill the gap',
  grading: '1 if the missing word is right, else 0',
  schemas,
  issues: (q) => (q.words.some((w) => w.id === q.answer) ? [] : [{ path: ['answer'], message: 'answer is not a word' }]),
  inputIssues: () => [],
  prompt: (q) => filled(q),
  shuffle: (q, stream) => ({ kind: 'gap', wordIds: stream.permute(q.words.map((w) => w.id)) }),
  isAnswered: (a) => a.wordId !== null,
  unknownId: (q, a) => (a.wordId === null ? undefined : firstUnknown([a.wordId], q.words.map((w) => w.id))),
  grade: (q, a) => ({ score: a?.wordId === q.answer ? 1 : 0, answered: (a?.wordId ?? null) !== null, detail: { kind: 'gap', chosen: a?.wordId ?? null } }),
  toCard: (q) => ({ front: `Fill the gap: ${filled(q)}`, back: wordOf(q, q.answer) ?? '' }),
  describeAnswer: {
    yours: (q, a) => (a.wordId === null ? noAnswer : [{ text: filled(q, wordOf(q, a.wordId)), ok: a.wordId === q.answer }]),
    right: (q) => [{ text: filled(q, wordOf(q, q.answer)) }],
  },
  editor: {
    blank: () => ({ before: '', after: '', words: [], answer: '' }),
    fields: {
      before: { label: 'Text before the gap', help: 'The sentence up to the missing word.', input: 'text' },
      after: { label: 'Text after the gap', help: 'The rest of the sentence.', input: 'text' },
      words: { label: 'Word bank', help: 'Three or more words to choose from.', input: 'options' },
      answer: { label: 'Missing word', help: 'The id of the right word.', input: 'option-id' },
    },
  },
};

// The registry line on the domain side.
const kinds = defineKinds({ ...selftestKinds, gap });
type Kinds = typeof kinds;

// The view, and the registry line on the renderer side.
function GapQuestionView({ question, layout, answer, onAnswer, labelledBy }: KindQuestionProps<Kinds, 'gap'>) {
  const selectId = `gap-${question.id}`;
  return (
    <div role="group" aria-labelledby={labelledBy}>
      <label htmlFor={selectId}>Missing word</label>
      <select id={selectId} className="select" value={answer?.wordId ?? ''} onChange={(e) => onAnswer({ kind: 'gap', wordId: e.target.value || null })}>
        <option value="">Choose a word…</option>
        {layout.wordIds.map((id) => (
          <option key={id} value={id}>
            {wordOf(question, id)}
          </option>
        ))}
      </select>
    </div>
  );
}
const gapView: KindView<Kinds, 'gap'> = { Question: GapQuestionView, Feedback: AnswerComparison };
const views: ViewRegistry<Kinds> = { ...selftestViews, gap: gapView };

const source = { paragraph: 'p4', quote: 'no plans to join NATO' } as const;
const gapQuestions = [
  { id: 'gap-plans', kind: 'gap', explanation: 'Kishida said so.', source, before: 'Japan has no', after: 'to join NATO.', words: [{ id: 'plans', text: 'plans' }, { id: 'troops', text: 'troops' }, { id: 'wish', text: 'wish' }], answer: 'plans' },
  { id: 'gap-join', kind: 'gap', explanation: 'Kishida said so.', source, before: 'Japan has no plans to', after: 'NATO.', words: [{ id: 'join', text: 'join' }, { id: 'leave', text: 'leave' }, { id: 'fund', text: 'fund' }], answer: 'join' },
];
const selfTest = selfTestSchema(kinds).parse({ ...selfTestJson, questions: [...selfTestJson.questions, ...gapQuestions] });
const gapQuestion = selfTest.questions.find((q): q is QuestionIn<Kinds, 'gap'> => q.kind === 'gap')!;

async function axeViolations(container: HTMLElement) {
  // jsdom lays nothing out, so contrast is checked by the e2e specs in Chromium instead.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.help}`);
}

afterEach(cleanup);

describe('a question kind added only by its module, its view and two registry lines', () => {
  it('is part of the data format, and its answers pass the contract’s answer check', () => {
    expect(selfTest.questions.filter((q) => q.kind === 'gap')).toHaveLength(2);
    expect(selfTestSchema(kinds).safeParse({ ...selfTestJson, questions: [...selfTestJson.questions, { ...gapQuestions[0], answer: 'nowhere' }, gapQuestions[1]] }).success).toBe(false);
    expect(selftestSchemas(kinds).AnswerInput.safeParse({ kind: 'gap', wordId: 'plans' }).success).toBe(true);
    expect(selftestSchemas(kinds).QuestionLayout.safeParse({ questionId: 'gap-plans', kind: 'gap', wordIds: ['plans'] }).success).toBe(true);
  });

  it('starts and shuffles an attempt, checks and grades its answers, and makes a card', () => {
    const plan = shufflerOf(kinds)(selfTest, 7);
    expect(plan).toEqual(shufflerOf(kinds)(selfTest, 7));
    const layout = plan.questions.find((l) => l.questionId === 'gap-plans');
    expect(layout?.kind === 'gap' && [...layout.wordIds].sort()).toEqual(['plans', 'troops', 'wish']);

    const { answerMismatch, isAnswered } = attemptRulesOf(kinds);
    const right: AnswerIn<Kinds> = { kind: 'gap', wordId: 'plans' };
    expect(answerMismatch(gapQuestion, right)).toBeNull();
    expect(answerMismatch(gapQuestion, { kind: 'gap', wordId: 'ghost' })).toMatch(/"ghost" is not part of question gap-plans/);
    expect(answerMismatch(gapQuestion, { kind: 'truefalse', value: true })).toMatch(/takes a gap answer/);
    expect(isAnswered(gapQuestion, { kind: 'gap', wordId: null })).toBe(false);

    const grade = graderOf(kinds).gradeAttempt(selfTest.questions, { 'gap-plans': right, 'gap-join': { kind: 'gap', wordId: 'leave' } }, paragraphText);
    expect(grade.perQuestion.find((g) => g.questionId === 'gap-plans')).toMatchObject({ score: 1, correct: true, detail: { kind: 'gap', chosen: 'plans' } });
    expect(grade.perQuestion.find((g) => g.questionId === 'gap-join')).toMatchObject({ score: 0, answered: true });
    expect(grade.score).toBe(1);

    expect(cardMakerOf(kinds)(gapQuestion)).toEqual({ front: 'Fill the gap: Japan has no … to join NATO.', back: 'plans' });
  });

  it('renders its question in the attempt’s order, takes an answer, and passes axe', async () => {
    const QuestionView = questionViewOf(kinds, views);
    const onAnswer = vi.fn<(answer: AnswerIn<Kinds>) => void>();
    const layout = { questionId: 'gap-plans', kind: 'gap' as const, wordIds: ['wish', 'plans', 'troops'] };
    const { container } = render(<QuestionView question={gapQuestion} layout={layout} answer={undefined} onAnswer={onAnswer} />);
    expect(screen.getByText('Fill the gap')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Japan has no … to join NATO.');
    const select = screen.getByRole('combobox', { name: 'Missing word' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a word…', 'wish', 'plans', 'troops']);
    await userEvent.selectOptions(select, 'plans');
    expect(onAnswer).toHaveBeenCalledWith({ kind: 'gap', wordId: 'plans' });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders its feedback with your answer beside the right one, and passes axe', async () => {
    const FeedbackItem = feedbackItemOf(kinds, views);
    const grade = graderOf(kinds).gradeQuestion(gapQuestion, { kind: 'gap', wordId: 'wish' });
    const { container } = render(
      <ol>
        <FeedbackItem number={1} question={gapQuestion} answer={{ kind: 'gap', wordId: 'wish' }} grade={grade} />
      </ol>,
    );
    const item = screen.getByRole('listitem', { name: 'Japan has no … to join NATO.' });
    expect(item).toHaveTextContent('Wrong · 0 / 1');
    expect(within(item).getByText('Japan has no wish to join NATO.').closest('li')).toHaveClass('is-wrong');
    expect(within(item).getByText('Japan has no plans to join NATO.')).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Show in article: question 1' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('does not compile without every part of a kind, or without a view for every kind', () => {
    const { grade: _grade, ...withoutGrade } = gap;
    // @ts-expect-error a kind module without `grade` is not a kind
    const incomplete: QuestionKindModule<GapSchemas, { kind: 'gap'; chosen: string | null }> = withoutGrade;
    // @ts-expect-error the registry lists `gap`, so a view registry without its view is refused
    const missing: ViewRegistry<Kinds> = selftestViews;
    // @ts-expect-error a kind filed under another kind's name is refused
    defineKinds({ ...selftestKinds, fill: gap });
    expect([incomplete, missing]).toHaveLength(2);
  });
});
