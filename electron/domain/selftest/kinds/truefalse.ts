/** True or false: a statement and two radios. Scores 1 if the choice is the answer, else 0. */
import type { z } from 'zod';
import type { QuestionKindModule, SchemaKit } from './kind';
import { noAnswer } from './shared';

const schemas = ({ z, common, Text }: SchemaKit) => ({
  question: z.object({ ...common, kind: z.literal('truefalse'), statement: Text, answer: z.boolean() }),
  answer: z.object({ kind: z.literal('truefalse'), value: z.boolean().nullable() }),
  layout: z.object({ kind: z.literal('truefalse') }),
});
type Schemas = ReturnType<typeof schemas>;
export type TrueFalseQuestion = z.output<Schemas['question']>;
export type TrueFalseDetail = { kind: 'truefalse'; chosen: boolean | null; expected: boolean };

const word = (value: boolean) => (value ? 'True' : 'False');

export const truefalse: QuestionKindModule<Schemas, TrueFalseDetail> = {
  kind: 'truefalse',
  label: 'True or false',
  grading: '1 if right, else 0',
  schemas,
  issues: () => [],
  inputIssues: () => [],
  prompt: (q) => q.statement,
  shuffle: () => ({ kind: 'truefalse' }),
  isAnswered: (a) => a.value !== null,
  unknownId: () => undefined,
  grade(q, a) {
    const chosen = a?.value ?? null;
    return { score: chosen === q.answer ? 1 : 0, answered: chosen !== null, detail: { kind: 'truefalse', chosen, expected: q.answer } };
  },
  toCard: (q) => ({ front: `True or false: ${q.statement}`, back: `${word(q.answer)}. ${q.explanation}` }),
  describeAnswer: {
    yours: (q, a) => (a.value === null ? noAnswer : [{ text: word(a.value), ok: a.value === q.answer }]),
    right: (q) => [{ text: word(q.answer) }],
  },
  editor: {
    blank: () => ({ statement: '', answer: true }),
    fields: {
      statement: { label: 'Statement', help: 'A statement about the article that is either true or false.', input: 'text' },
      answer: { label: 'The statement is true', help: 'Whether the statement is true.', input: 'boolean' },
    },
  },
};
