/**
 * Put in order: the items listed in the article's (correct) order, shown shuffled. The n items form
 * n − 1 adjacent pairs (1st,2nd), (2nd,3rd), …; score = pairs whose first item the learner put
 * anywhere before the second / (n − 1). Repeated ids count at their first position; an item left out
 * breaks both pairs it belongs to.
 */
import type { z } from 'zod';
import type { QuestionKindModule, SchemaKit } from './kind';
import { duplicateIds, firstUnknown, tooManyIds } from './shared';

const schemas = ({ z, common, Slug, Text, LayoutId, QuotedItem }: SchemaKit) => ({
  question: z.object({ ...common, kind: z.literal('order'), prompt: Text, items: z.array(QuotedItem).min(3).max(6) }),
  answer: z.object({ kind: z.literal('order'), itemIds: z.array(Slug) }),
  layout: z.object({ kind: z.literal('order'), itemIds: z.array(LayoutId) }),
});
type Schemas = ReturnType<typeof schemas>;
export type OrderQuestion = z.output<Schemas['question']>;
export type OrderDetail = { kind: 'order'; pairsInOrder: number; pairs: number; brokenPairs: [string, string][] };

const numbered = (q: OrderQuestion) => q.items.map((item, i) => `${i + 1}. ${item.text}`);

export const order: QuestionKindModule<Schemas, OrderDetail> = {
  kind: 'order',
  label: 'Put in order',
  grading:
    "of the n − 1 neighbouring pairs of the article's order, the share you kept in that order (pair by pair, so one item out of place costs little)",
  schemas,
  issues: (q) => duplicateIds(q.items.map((i) => i.id), ['items'], 'item'),
  inputIssues: (a) => tooManyIds(a.itemIds.length),
  prompt: (q) => q.prompt,
  // An order question shown already solved is no question.
  shuffle: (q, stream) => ({ kind: 'order', itemIds: stream.permuteAwayFromOriginal(q.items.map((i) => i.id)) }),
  isAnswered: (a) => a.itemIds.length > 0,
  unknownId: (q, a) => firstUnknown(a.itemIds, q.items.map((i) => i.id)),
  grade(q, a) {
    const position = new Map<string, number>();
    (a?.itemIds ?? []).forEach((id, index) => {
      if (!position.has(id)) position.set(id, index);
    });
    const brokenPairs: [string, string][] = [];
    const ids = q.items.map((item) => item.id);
    for (let i = 0; i + 1 < ids.length; i += 1) {
      const [first, second] = [ids[i]!, ids[i + 1]!];
      const p = position.get(first);
      const r = position.get(second);
      if (p === undefined || r === undefined || p > r) brokenPairs.push([first, second]);
    }
    const pairs = ids.length - 1;
    const pairsInOrder = pairs - brokenPairs.length;
    const score = position.size === 0 ? 0 : pairsInOrder / pairs;
    return { score, answered: position.size > 0, detail: { kind: 'order', pairsInOrder, pairs, brokenPairs } };
  },
  toCard: (q) => ({ front: q.prompt, back: numbered(q).join('; ') }),
  describeAnswer: {
    yours: (q, a) => a.itemIds.map((id, i) => ({ text: `${i + 1}. ${q.items.find((x) => x.id === id)?.text ?? id}`, ok: q.items[i]?.id === id })),
    right: (q) => numbered(q).map((text) => ({ text })),
  },
  editor: {
    blank: () => ({ prompt: '', items: [] }),
    fields: {
      prompt: { label: 'Question', help: 'What the learner puts in order, first at the top.', input: 'text' },
      items: { label: 'Items, in the right order', help: 'Three to six items in the article’s order; the attempt shuffles them.', input: 'items' },
    },
  },
};
