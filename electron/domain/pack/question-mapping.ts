import type { Source } from '../../../data/schemas/article';
import type { ClassifyCategoryId, Question } from '../../../data/schemas/selftest';
import { isTrueFalse, type PackItem, type PackQuestion } from './pack-questions';
import type { PackSource } from './pack-source';

/**
 * Today's question kinds (data/schemas/selftest.ts) to the pack's QTI-named interactions and back.
 * The two directions are inverse on every valid question, so the built-in self-test survives the trip
 * unchanged (a test); docs/packs.md lists the same mapping for pack authors.
 */

/**
 * A data/ shape whose citations name any block id, not only the article's p1…p5, and whose classify
 * categories are any ids, not only the article's three (the question-kind registry lifts both).
 */
export type Recited<T> = T extends Source
  ? { paragraph: string; quote: string }
  : T extends ClassifyCategoryId
    ? string
    : T extends readonly (infer U)[]
    ? Recited<U>[]
    : T extends object
      ? { [K in keyof T]: Recited<T[K]> }
      : T;

/** A question of today's kinds citing a block of any document. */
export type CitedQuestion = Recited<Question>;

const toPackSource = (s: { paragraph: string; quote: string }): PackSource => ({ block: s.paragraph, quote: s.quote });
const fromPackSource = (s: PackSource): { paragraph: string; quote: string } => ({ paragraph: s.block, quote: s.quote });

type Quoted = { id: string; text: string; source?: { paragraph: string; quote: string } };
const toPackItem = (item: Quoted): PackItem => ({ id: item.id, text: item.text, ...(item.source ? { source: toPackSource(item.source) } : {}) });
const fromPackItem = (item: PackItem): Quoted => ({ id: item.id, text: item.text, ...(item.source ? { source: fromPackSource(item.source) } : {}) });

/** The pack form of a question of today's kinds. */
export function questionToPack(q: CitedQuestion): PackQuestion {
  const common = { id: q.id, explanation: q.explanation, source: toPackSource(q.source) };
  switch (q.kind) {
    case 'single':
      return { ...common, interaction: 'choice', prompt: q.prompt, choices: q.options, correct: [q.answer], maxChoices: 1 };
    case 'multi':
      return { ...common, interaction: 'choice', prompt: q.prompt, choices: q.options, correct: q.answers, maxChoices: 0 };
    case 'truefalse':
      return {
        ...common,
        interaction: 'choice',
        prompt: q.statement,
        choices: [
          { id: 'true', text: 'True' },
          { id: 'false', text: 'False' },
        ],
        correct: [String(q.answer)],
        maxChoices: 1,
      };
    case 'order':
      return { ...common, interaction: 'order', prompt: q.prompt, choices: q.items.map(toPackItem) };
    case 'match':
      return { ...common, interaction: 'match', prompt: q.prompt, left: q.left.map(toPackItem), right: q.right.map(toPackItem), pairs: q.pairs, oneToOne: true };
    case 'classify':
      return {
        ...common,
        interaction: 'match',
        prompt: q.prompt,
        left: q.items.map(toPackItem),
        right: q.categories.map((c) => ({ id: c.id, text: c.label })),
        pairs: Object.fromEntries(q.items.map((item) => [item.id, item.category])),
        oneToOne: false,
      };
    case 'short':
      return { ...common, interaction: 'text-entry', prompt: q.prompt, modelAnswer: q.modelAnswer, keyPoints: q.keyPoints };
    case 'evidence':
      return { ...common, interaction: 'hottext', claim: q.claim, minOverlap: q.minOverlap };
  }
}

/** A pack question as one of today's kinds. */
export function packToQuestion(q: PackQuestion): CitedQuestion {
  const common = { id: q.id, explanation: q.explanation, source: fromPackSource(q.source) };
  switch (q.interaction) {
    case 'choice':
      if (isTrueFalse(q)) return { ...common, kind: 'truefalse', statement: q.prompt, answer: q.correct[0] === 'true' };
      if (q.maxChoices === 1) return { ...common, kind: 'single', prompt: q.prompt, options: q.choices, answer: q.correct[0] ?? '' };
      return { ...common, kind: 'multi', prompt: q.prompt, options: q.choices, answers: q.correct };
    case 'order':
      return { ...common, kind: 'order', prompt: q.prompt, items: q.choices.map(fromPackItem) };
    case 'match':
      if (q.oneToOne) return { ...common, kind: 'match', prompt: q.prompt, left: q.left.map(fromPackItem), right: q.right.map(fromPackItem), pairs: q.pairs };
      return {
        ...common,
        kind: 'classify',
        prompt: q.prompt,
        categories: q.right.map((c) => ({ id: c.id, label: c.text })),
        items: q.left.map((item) => ({ ...fromPackItem(item), category: q.pairs[item.id] ?? '' })),
      };
    case 'text-entry':
      return { ...common, kind: 'short', prompt: q.prompt, modelAnswer: q.modelAnswer, keyPoints: q.keyPoints };
    case 'hottext':
      return { ...common, kind: 'evidence', claim: q.claim, minOverlap: q.minOverlap };
  }
}
