/**
 * Match: `left` are people, `right` what they said or did; one select per person. Score = left ids
 * paired with their right id / number of left ids.
 */
import type { z } from 'zod';
import type { Issue, QuestionKindModule, SchemaKit } from './kind';
import { duplicateIds, firstUnknown, share, tooManyIds } from './shared';

const schemas = ({ z, common, Slug, Text, LayoutId, QuotedItem }: SchemaKit) => ({
  /** `pairs` maps every left id to one right id. */
  question: z.object({
    ...common,
    kind: z.literal('match'),
    prompt: Text,
    left: z.array(QuotedItem).min(2).max(5),
    right: z.array(QuotedItem).min(2).max(5),
    pairs: z.record(Slug, Slug),
  }),
  answer: z.object({ kind: z.literal('match'), pairs: z.record(Slug, Slug) }),
  layout: z.object({ kind: z.literal('match'), leftIds: z.array(LayoutId), rightIds: z.array(LayoutId) }),
});
type Schemas = ReturnType<typeof schemas>;
export type MatchQuestion = z.output<Schemas['question']>;
export type MatchDetail = { kind: 'match'; wrongLeftIds: string[] };

function pairIssues(q: MatchQuestion): Issue[] {
  const issues = [...duplicateIds(q.left.map((i) => i.id), ['left'], 'left'), ...duplicateIds(q.right.map((i) => i.id), ['right'], 'right')];
  const leftIds = new Set(q.left.map((i) => i.id));
  const rightIds = new Set(q.right.map((i) => i.id));
  const used = new Set<string>();
  for (const [leftId, rightId] of Object.entries(q.pairs)) {
    if (!leftIds.has(leftId)) issues.push({ path: ['pairs', leftId], message: `pair from unknown left id: ${leftId}` });
    if (!rightIds.has(rightId)) issues.push({ path: ['pairs', leftId], message: `pair to unknown right id: ${rightId}` });
    if (used.has(rightId)) issues.push({ path: ['pairs', leftId], message: `right id paired twice: ${rightId}` });
    used.add(rightId);
  }
  // A bijection: every left id is paired and every right id is used exactly once.
  for (const id of leftIds) if (!(id in q.pairs)) issues.push({ path: ['pairs'], message: `left id not paired: ${id}` });
  for (const id of rightIds) if (!used.has(id)) issues.push({ path: ['pairs'], message: `right id not paired: ${id}` });
  return issues;
}

const saidBy = (q: MatchQuestion, rightId: string | undefined) => q.right.find((r) => r.id === rightId)?.text;

export const match: QuestionKindModule<Schemas, MatchDetail> = {
  kind: 'match',
  label: 'Match',
  grading: 'people given their own statement ÷ number of people',
  schemas,
  issues: pairIssues,
  inputIssues: (a) => tooManyIds(Object.keys(a.pairs).length),
  prompt: (q) => q.prompt,
  shuffle: (q, stream) => ({ kind: 'match', leftIds: stream.permute(q.left.map((i) => i.id)), rightIds: stream.permute(q.right.map((i) => i.id)) }),
  isAnswered: (a) => Object.keys(a.pairs).length > 0,
  unknownId: (q, a) => firstUnknown(Object.keys(a.pairs), q.left.map((i) => i.id)) ?? firstUnknown(Object.values(a.pairs), q.right.map((i) => i.id)),
  grade(q, a) {
    const pairs = a?.pairs ?? {};
    const { score, wrong } = share(Object.keys(q.pairs), (id) => pairs[id] === q.pairs[id]);
    return { score, answered: Object.keys(pairs).length > 0, detail: { kind: 'match', wrongLeftIds: wrong } };
  },
  toCard: (q) => ({ front: q.prompt, back: q.left.map((person) => `${person.text}: ${saidBy(q, q.pairs[person.id]) ?? ''}`).join('; ') }),
  describeAnswer: {
    yours: (q, a) =>
      q.left.map((person) => ({
        text: `${person.text} → ${saidBy(q, a.pairs[person.id]) ?? 'no statement chosen'}`,
        ok: a.pairs[person.id] === q.pairs[person.id],
      })),
    right: (q) => q.left.map((person) => ({ text: `${person.text} → ${saidBy(q, q.pairs[person.id])}` })),
  },
  editor: {
    blank: () => ({ prompt: '', left: [], right: [], pairs: {} }),
    fields: {
      prompt: { label: 'Question', help: 'What the learner matches: people to what they said or did.', input: 'text' },
      left: { label: 'People', help: 'Two to five people, each with an id and a name.', input: 'items' },
      right: { label: 'Statements', help: 'Two to five statements, each with an id, its text and optionally its source quote.', input: 'items' },
      pairs: { label: 'Who said what', help: 'Every person paired with exactly one statement, each statement used once.', input: 'pairs' },
    },
  },
};
