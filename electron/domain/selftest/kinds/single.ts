/**
 * Single choice: one radio per option, one of them right. Scores 1 if the choice is the answer, else 0.
 */
import type { z } from 'zod';
import type { QuestionKindModule, SchemaKit } from './kind';
import { duplicateIds, firstUnknown, noAnswer } from './shared';

const schemas = ({ z, common, Slug, Text, LayoutId, ChoiceOption }: SchemaKit) => ({
  question: z.object({ ...common, kind: z.literal('single'), prompt: Text, options: z.array(ChoiceOption).min(3).max(5), answer: Slug }),
  answer: z.object({ kind: z.literal('single'), optionId: Slug.nullable() }),
  layout: z.object({ kind: z.literal('single'), optionIds: z.array(LayoutId) }),
});
type Schemas = ReturnType<typeof schemas>;
export type SingleQuestion = z.output<Schemas['question']>;
export type SingleAnswer = z.output<Schemas['answer']>;
export type SingleDetail = { kind: 'single'; chosen: string | null; expected: string };

const rightText = (q: SingleQuestion) => q.options.find((o) => o.id === q.answer)?.text ?? '';

export const single: QuestionKindModule<Schemas, SingleDetail> = {
  kind: 'single',
  label: 'Single choice',
  grading: '1 if right, else 0',
  schemas,
  issues(q) {
    const ids = q.options.map((o) => o.id);
    const issues = duplicateIds(ids, ['options'], 'option');
    if (!ids.includes(q.answer)) issues.push({ path: ['answer'], message: `answer is not an option: ${q.answer}` });
    return issues;
  },
  inputIssues: () => [],
  prompt: (q) => q.prompt,
  shuffle: (q, stream) => ({ kind: 'single', optionIds: stream.permute(q.options.map((o) => o.id)) }),
  isAnswered: (a) => a.optionId !== null,
  unknownId: (q, a) => (a.optionId === null ? undefined : firstUnknown([a.optionId], q.options.map((o) => o.id))),
  grade(q, a) {
    const chosen = a?.optionId ?? null;
    return { score: chosen === q.answer ? 1 : 0, answered: chosen !== null, detail: { kind: 'single', chosen, expected: q.answer } };
  },
  toCard: (q) => ({ front: q.prompt, back: rightText(q) }),
  describeAnswer: {
    yours(q, a) {
      const option = q.options.find((o) => o.id === a.optionId);
      return option ? [{ text: option.text, ok: option.id === q.answer }] : noAnswer;
    },
    right: (q) => [{ text: rightText(q) }],
  },
  editor: {
    blank: () => ({ prompt: '', options: [], answer: '' }),
    fields: {
      prompt: { label: 'Question', help: 'The question the learner answers with one option.', input: 'text' },
      options: { label: 'Options', help: 'Three to five options, each with a kebab-case id and its text.', input: 'options' },
      answer: { label: 'Right option', help: 'The id of the one right option.', input: 'option-id' },
    },
  },
};
