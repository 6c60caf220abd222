/**
 * Short answer, self-marked: the learner writes, sees the model answer and key points, then marks
 * their own answer. Score: right = 1, partly = 0.5, wrong = 0, unmarked = 0; blank text scores 0
 * whatever the mark.
 */
import type { z } from 'zod';
import { MAX_SHORT_ANSWER_CHARS } from '../../../contract/selftest-limits';
import type { QuestionKindModule, SchemaKit } from './kind';
import { noAnswer } from './shared';

const schemas = ({ z, common, Text }: SchemaKit) => ({
  question: z.object({ ...common, kind: z.literal('short'), prompt: Text, modelAnswer: Text, keyPoints: z.array(Text).min(2).max(5) }),
  answer: z.object({ kind: z.literal('short'), text: z.string(), selfMark: z.enum(['right', 'partly', 'wrong']).nullable() }),
  layout: z.object({ kind: z.literal('short') }),
});
type Schemas = ReturnType<typeof schemas>;
export type ShortQuestion = z.output<Schemas['question']>;
export type SelfMark = NonNullable<z.output<Schemas['answer']>['selfMark']>;
export type ShortDetail = { kind: 'short'; selfMark: SelfMark | null };

const selfMarkScore: Record<SelfMark, number> = { right: 1, partly: 0.5, wrong: 0 };
const markSaid: Record<SelfMark, string> = { right: 'You marked it right.', partly: 'You marked it partly right.', wrong: 'You marked it wrong.' };

export const short: QuestionKindModule<Schemas, ShortDetail> = {
  kind: 'short',
  label: 'Short answer',
  grading: 'your own mark after comparing with the model answer and key points: right 1, partly right 0.5, wrong 0 (unmarked or blank: 0)',
  schemas,
  issues: () => [],
  inputIssues: (a) =>
    a.text.length > MAX_SHORT_ANSWER_CHARS ? [{ path: ['text'], message: `a short answer is at most ${MAX_SHORT_ANSWER_CHARS} characters` }] : [],
  prompt: (q) => q.prompt,
  shuffle: () => ({ kind: 'short' }),
  // A written answer counts before it is self-marked (it scores 0 until marked).
  isAnswered: (a) => a.text.trim() !== '',
  unknownId: () => undefined,
  grade(_q, a) {
    const answered = (a?.text.trim() ?? '') !== '';
    const selfMark = a?.selfMark ?? null;
    return { score: answered && selfMark ? selfMarkScore[selfMark] : 0, answered, detail: { kind: 'short', selfMark } };
  },
  toCard: (q) => ({ front: q.prompt, back: q.modelAnswer }),
  describeAnswer: {
    yours: (_q, a) => (a.text.trim() === '' ? noAnswer : [{ text: a.text }, { text: a.selfMark ? markSaid[a.selfMark] : 'Not marked, so it scored 0.' }]),
    right: (q) => [{ text: q.modelAnswer }, ...q.keyPoints.map((p) => ({ text: `• ${p}` }))],
  },
  editor: {
    blank: () => ({ prompt: '', modelAnswer: '', keyPoints: [] }),
    fields: {
      prompt: { label: 'Question', help: 'A question answered in a few sentences.', input: 'text' },
      modelAnswer: { label: 'Model answer', help: 'The answer the learner compares theirs with.', input: 'long-text' },
      keyPoints: { label: 'Key points', help: 'Two to five points a good answer makes.', input: 'text-list' },
    },
  },
};
