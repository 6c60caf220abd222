import { z } from 'zod';
import { ParagraphId, Source } from './article';

// The self-test: eight question kinds in one discriminated union, and what a learner submits for each.
// Structural rules that one object cannot express (answers among options, match pairs a bijection)
// are checked in `questionIssues`; quotes being verbatim is checked by data/selftest.test.ts.

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case slug');
const Text = z.string().trim().min(1);

/** The three roles a statement can play in the membership argument; the ids are fixed. */
export const ClassifyCategoryId = z.enum(['against-soon', 'for-one-day', 'conclusion']);
export type ClassifyCategoryId = z.infer<typeof ClassifyCategoryId>;

export const ChoiceOption = z.object({ id: Slug, text: Text });
export type ChoiceOption = z.infer<typeof ChoiceOption>;

/** An item of a classify, order or match question; `source` is set when the item is a claim of the article. */
export const QuotedItem = z.object({ id: Slug, text: Text, source: Source.optional() });
export type QuotedItem = z.infer<typeof QuotedItem>;

export const ClassifyItem = QuotedItem.extend({ category: ClassifyCategoryId });
export type ClassifyItem = z.infer<typeof ClassifyItem>;

const common = { id: Slug, explanation: Text, source: Source };

export const SingleQuestion = z.object({
  ...common,
  kind: z.literal('single'),
  prompt: Text,
  options: z.array(ChoiceOption).min(3).max(5),
  answer: Slug,
});
export const MultiQuestion = z.object({
  ...common,
  kind: z.literal('multi'),
  prompt: Text,
  options: z.array(ChoiceOption).min(4).max(6),
  answers: z.array(Slug).min(2),
});
export const TrueFalseQuestion = z.object({ ...common, kind: z.literal('truefalse'), statement: Text, answer: z.boolean() });
export const ClassifyQuestion = z.object({
  ...common,
  kind: z.literal('classify'),
  prompt: Text,
  categories: z.array(z.object({ id: ClassifyCategoryId, label: Text })).min(2).max(3),
  items: z.array(ClassifyItem).min(4).max(7),
});
/** `items` are listed in the article's (correct) order; the attempt shuffles them for display. */
export const OrderQuestion = z.object({
  ...common,
  kind: z.literal('order'),
  prompt: Text,
  items: z.array(QuotedItem).min(3).max(6),
});
/** `left` are people, `right` what they said or did; `pairs` maps every left id to one right id. */
export const MatchQuestion = z.object({
  ...common,
  kind: z.literal('match'),
  prompt: Text,
  left: z.array(QuotedItem).min(2).max(5),
  right: z.array(QuotedItem).min(2).max(5),
  pairs: z.record(Slug, Slug),
});
/** Self-marked: the learner writes, sees `modelAnswer` and `keyPoints`, then marks their own answer. */
export const ShortQuestion = z.object({
  ...common,
  kind: z.literal('short'),
  prompt: Text,
  modelAnswer: Text,
  keyPoints: z.array(Text).min(2).max(5),
});
/** The learner selects the passage supporting `claim`; the expected span is `source.quote` in its paragraph. */
export const EvidenceQuestion = z.object({
  ...common,
  kind: z.literal('evidence'),
  claim: Text,
  minOverlap: z.number().gt(0).max(1).default(0.5),
});

export type SingleQuestion = z.infer<typeof SingleQuestion>;
export type MultiQuestion = z.infer<typeof MultiQuestion>;
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestion>;
export type ClassifyQuestion = z.infer<typeof ClassifyQuestion>;
export type OrderQuestion = z.infer<typeof OrderQuestion>;
export type MatchQuestion = z.infer<typeof MatchQuestion>;
export type ShortQuestion = z.infer<typeof ShortQuestion>;
export type EvidenceQuestion = z.infer<typeof EvidenceQuestion>;

type Issue = { path: (string | number)[]; message: string };

/** First-seen duplicates among `ids`, as issues at `path/index`. */
function duplicateIds(ids: readonly string[], path: (string | number)[], what: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) issues.push({ path: [...path, index], message: `duplicate ${what} id: ${id}` });
    seen.add(id);
  });
  return issues;
}

function matchIssues(q: MatchQuestion): Issue[] {
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

/** Rules within one question that the object shapes cannot express. */
export function questionIssues(q: Question): Issue[] {
  switch (q.kind) {
    case 'single': {
      const ids = q.options.map((o) => o.id);
      const issues = duplicateIds(ids, ['options'], 'option');
      if (!ids.includes(q.answer)) issues.push({ path: ['answer'], message: `answer is not an option: ${q.answer}` });
      return issues;
    }
    case 'multi': {
      const ids = q.options.map((o) => o.id);
      const issues = [...duplicateIds(ids, ['options'], 'option'), ...duplicateIds(q.answers, ['answers'], 'answer')];
      q.answers.forEach((a, i) => {
        if (!ids.includes(a)) issues.push({ path: ['answers', i], message: `answer is not an option: ${a}` });
      });
      if (q.answers.length >= q.options.length) issues.push({ path: ['answers'], message: 'needs at least one wrong option' });
      return issues;
    }
    case 'classify': {
      const cats = q.categories.map((c) => c.id);
      const issues = [...duplicateIds(cats, ['categories'], 'category'), ...duplicateIds(q.items.map((i) => i.id), ['items'], 'item')];
      q.items.forEach((item, i) => {
        if (!cats.includes(item.category)) issues.push({ path: ['items', i, 'category'], message: `category not offered: ${item.category}` });
      });
      return issues;
    }
    case 'order':
      return duplicateIds(q.items.map((i) => i.id), ['items'], 'item');
    case 'match':
      return matchIssues(q);
    case 'truefalse':
    case 'short':
    case 'evidence':
      return [];
  }
}

const QuestionUnion = z.discriminatedUnion('kind', [
  SingleQuestion,
  MultiQuestion,
  TrueFalseQuestion,
  ClassifyQuestion,
  OrderQuestion,
  MatchQuestion,
  ShortQuestion,
  EvidenceQuestion,
]);

/** One self-test question of any kind, with its cross-field rules checked. */
export const Question = QuestionUnion.superRefine((q, ctx) => {
  for (const issue of questionIssues(q)) ctx.addIssue({ code: 'custom', ...issue });
});
export type Question = z.infer<typeof QuestionUnion>;
export type QuestionKind = Question['kind'];

/** Every question kind, in the order the issue lists them. */
export const questionKinds = ['single', 'multi', 'truefalse', 'classify', 'order', 'match', 'short', 'evidence'] as const satisfies readonly QuestionKind[];

/** The self-test as shipped in data/selftest.json. */
export const SelfTest = z
  .object({
    version: z.literal(1),
    id: Slug,
    title: Text,
    questions: z.array(Question).min(18),
  })
  .superRefine((test, ctx) => {
    for (const issue of duplicateIds(test.questions.map((q) => q.id), ['questions'], 'question')) {
      ctx.addIssue({ code: 'custom', ...issue });
    }
    for (const kind of questionKinds) {
      const count = test.questions.filter((q) => q.kind === kind).length;
      if (count < 2) ctx.addIssue({ code: 'custom', path: ['questions'], message: `kind "${kind}" used ${count} time(s), needs 2` });
    }
  });
export type SelfTest = z.infer<typeof SelfTest>;

/** A character range [start, end) within the text of the question's source paragraph. */
export const TextRange = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((r) => r.start <= r.end, 'start must not be after end');
export type TextRange = z.infer<typeof TextRange>;

/** What a learner submits for a question, one shape per kind; null/empty means not answered. */
export const Answer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('single'), optionId: Slug.nullable() }),
  z.object({ kind: z.literal('multi'), optionIds: z.array(Slug) }),
  z.object({ kind: z.literal('truefalse'), value: z.boolean().nullable() }),
  z.object({ kind: z.literal('classify'), placements: z.record(Slug, ClassifyCategoryId) }),
  z.object({ kind: z.literal('order'), itemIds: z.array(Slug) }),
  z.object({ kind: z.literal('match'), pairs: z.record(Slug, Slug) }),
  z.object({ kind: z.literal('short'), text: z.string(), selfMark: z.enum(['right', 'partly', 'wrong']).nullable() }),
  // `paragraph` is where the learner selected; absent means the question's source paragraph.
  z.object({ kind: z.literal('evidence'), selection: TextRange.nullable(), paragraph: ParagraphId.optional() }),
]);
export type Answer = z.infer<typeof Answer>;
export type AnswerOf<K extends QuestionKind> = Extract<Answer, { kind: K }>;
export type SelfMark = NonNullable<AnswerOf<'short'>['selfMark']>;
