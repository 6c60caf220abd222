/**
 * Classify: statements sorted into two or three labelled columns. Score = items placed in their
 * category / number of items; an unplaced item is wrong.
 */
import type { z } from 'zod';
import type { QuestionKindModule, SchemaKit } from './kind';
import { duplicateIds, firstUnknown, sentence, share, tooManyIds } from './shared';

const schemas = ({ z, common, Slug, Text, LayoutId, ClassifyCategoryId, ClassifyItem }: SchemaKit) => ({
  question: z.object({
    ...common,
    kind: z.literal('classify'),
    prompt: Text,
    categories: z.array(z.object({ id: ClassifyCategoryId, label: Text })).min(2).max(3),
    items: z.array(ClassifyItem).min(4).max(7),
  }),
  answer: z.object({ kind: z.literal('classify'), placements: z.record(Slug, ClassifyCategoryId) }),
  layout: z.object({ kind: z.literal('classify'), itemIds: z.array(LayoutId) }),
});
type Schemas = ReturnType<typeof schemas>;
export type ClassifyQuestion = z.output<Schemas['question']>;
export type ClassifyDetail = { kind: 'classify'; wrongItemIds: string[] };

const labelOf = (q: ClassifyQuestion, category: string | undefined) => q.categories.find((c) => c.id === category)?.label;

export const classify: QuestionKindModule<Schemas, ClassifyDetail> = {
  kind: 'classify',
  label: 'Classify',
  grading: 'statements in their right column ÷ number of statements',
  schemas,
  issues(q) {
    const cats = q.categories.map((c) => c.id);
    const issues = [...duplicateIds(cats, ['categories'], 'category'), ...duplicateIds(q.items.map((i) => i.id), ['items'], 'item')];
    q.items.forEach((item, i) => {
      if (!cats.includes(item.category)) issues.push({ path: ['items', i, 'category'], message: `category not offered: ${item.category}` });
    });
    return issues;
  },
  inputIssues: (a) => tooManyIds(Object.keys(a.placements).length),
  prompt: (q) => q.prompt,
  // Categories keep their fixed order; only the statements are shuffled.
  shuffle: (q, stream) => ({ kind: 'classify', itemIds: stream.permute(q.items.map((i) => i.id)) }),
  isAnswered: (a) => Object.keys(a.placements).length > 0,
  unknownId: (q, a) => firstUnknown(Object.keys(a.placements), q.items.map((i) => i.id)),
  grade(q, a) {
    const placements = a?.placements ?? {};
    const byId = new Map(q.items.map((item) => [item.id, item.category]));
    const { score, wrong } = share([...byId.keys()], (id) => placements[id] === byId.get(id));
    return { score, answered: Object.keys(placements).length > 0, detail: { kind: 'classify', wrongItemIds: wrong } };
  },
  toCard: (q) => ({
    front: q.prompt,
    back: q.categories
      .map((category) => ({ category, items: q.items.filter((item) => item.category === category.id) }))
      .filter(({ items }) => items.length > 0)
      .map(({ category, items }) => sentence(`${category.label}: ${items.map((item) => item.text).join('; ')}`))
      .join(' '),
  }),
  describeAnswer: {
    yours: (q, a) =>
      q.items.map((item) => {
        const placed = a.placements[item.id];
        return { text: `${item.text} → ${labelOf(q, placed) ?? 'not sorted'}`, ok: placed === item.category };
      }),
    right: (q) => q.items.map((item) => ({ text: `${item.text} → ${labelOf(q, item.category)}` })),
  },
  editor: {
    blank: () => ({ prompt: '', categories: [], items: [] }),
    fields: {
      prompt: { label: 'Question', help: 'What the learner sorts the statements by.', input: 'text' },
      categories: { label: 'Columns', help: 'Two or three of the argument’s roles (against-soon, for-one-day, conclusion), each with a label.', input: 'categories' },
      items: { label: 'Statements', help: 'Four to seven statements, each with an id, its text, its column and optionally its source quote.', input: 'items' },
    },
  },
};
