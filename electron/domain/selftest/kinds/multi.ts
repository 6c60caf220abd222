/**
 * Multiple select: checkboxes, two or more right. Score = (correct picks − wrong picks) / number of
 * correct options, floored at 0. Duplicate picks count once; a pick that is not a correct option
 * (unknown ids included) is a wrong pick.
 */
import type { z } from 'zod';
import type { QuestionKindModule, SchemaKit } from './kind';
import { duplicateIds, firstUnknown, noAnswer, tooManyIds } from './shared';

const schemas = ({ z, common, Slug, Text, LayoutId, ChoiceOption }: SchemaKit) => ({
  question: z.object({ ...common, kind: z.literal('multi'), prompt: Text, options: z.array(ChoiceOption).min(4).max(6), answers: z.array(Slug).min(2) }),
  answer: z.object({ kind: z.literal('multi'), optionIds: z.array(Slug) }),
  layout: z.object({ kind: z.literal('multi'), optionIds: z.array(LayoutId) }),
});
type Schemas = ReturnType<typeof schemas>;
export type MultiQuestion = z.output<Schemas['question']>;
export type MultiDetail = { kind: 'multi'; hits: string[]; wrongPicks: string[]; missed: string[] };

const rightOptions = (q: MultiQuestion) => q.options.filter((o) => q.answers.includes(o.id));

export const multi: QuestionKindModule<Schemas, MultiDetail> = {
  kind: 'multi',
  label: 'Multiple select',
  grading: '(right picks − wrong picks) ÷ number of right options, never below 0',
  schemas,
  issues(q) {
    const ids = q.options.map((o) => o.id);
    const issues = [...duplicateIds(ids, ['options'], 'option'), ...duplicateIds(q.answers, ['answers'], 'answer')];
    q.answers.forEach((a, i) => {
      if (!ids.includes(a)) issues.push({ path: ['answers', i], message: `answer is not an option: ${a}` });
    });
    if (q.answers.length >= q.options.length) issues.push({ path: ['answers'], message: 'needs at least one wrong option' });
    return issues;
  },
  inputIssues: (a) => tooManyIds(a.optionIds.length),
  prompt: (q) => q.prompt,
  shuffle: (q, stream) => ({ kind: 'multi', optionIds: stream.permute(q.options.map((o) => o.id)) }),
  isAnswered: (a) => a.optionIds.length > 0,
  unknownId: (q, a) => firstUnknown(a.optionIds, q.options.map((o) => o.id)),
  grade(q, a) {
    const picks = [...new Set(a?.optionIds ?? [])];
    const hits = picks.filter((id) => q.answers.includes(id));
    const wrongPicks = picks.filter((id) => !q.answers.includes(id));
    const missed = q.answers.filter((id) => !picks.includes(id));
    const score = Math.max(0, (hits.length - wrongPicks.length) / q.answers.length);
    return { score, answered: picks.length > 0, detail: { kind: 'multi', hits, wrongPicks, missed } };
  },
  toCard: (q) => ({ front: q.prompt, back: rightOptions(q).map((o) => o.text).join('; ') }),
  describeAnswer: {
    yours(q, a) {
      const lines = q.options.filter((o) => a.optionIds.includes(o.id)).map((o) => ({ text: o.text, ok: q.answers.includes(o.id) }));
      return lines.length ? lines : noAnswer;
    },
    right: (q) => rightOptions(q).map((o) => ({ text: o.text })),
  },
  editor: {
    blank: () => ({ prompt: '', options: [], answers: [] }),
    fields: {
      prompt: { label: 'Question', help: 'The question; the learner selects every option that applies.', input: 'text' },
      options: { label: 'Options', help: 'Four to six options, each with a kebab-case id and its text.', input: 'options' },
      answers: { label: 'Right options', help: 'The ids of the right options: at least two, and at least one option left wrong.', input: 'option-ids' },
    },
  },
};
