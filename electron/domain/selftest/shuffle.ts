// Seeded shuffling for self-test attempts: one seed per attempt reproduces its question order and every
// question's option order, so an attempt can be resumed or reviewed exactly as it was shown.
import type { Question, SelfTest } from '../../../data/schemas/selftest';
import { mulberry32 } from '../seeded-random';

export { mulberry32 };

/** Fisher–Yates with the given generator; returns a new array and leaves `items` untouched. */
function shuffleWith<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A new array with the elements of `items` in a seeded random order (the seed is taken as a uint32). */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  return shuffleWith(items, mulberry32(seed));
}

/** FNV-1a of `key` mixed into `seed`: a separate, stable stream per question, whatever the question order. */
function deriveSeed(seed: number, key: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** How one question is laid out in an attempt: the ids of its options or items in display order. */
export type QuestionLayout =
  | { questionId: string; kind: 'single' | 'multi'; optionIds: string[] }
  | { questionId: string; kind: 'classify' | 'order'; itemIds: string[] }
  | { questionId: string; kind: 'match'; leftIds: string[]; rightIds: string[] }
  | { questionId: string; kind: 'truefalse' | 'short' | 'evidence' };

/** The questions of an attempt in display order, each with its shuffled layout. */
export type AttemptPlan = { seed: number; questions: QuestionLayout[] };

/** `ids` shuffled so that, when there are two or more, they never come out in their original order. */
function shuffleAwayFromOriginal(ids: readonly string[], random: () => number): string[] {
  const out = shuffleWith(ids, random);
  // An order question shown already solved is no question; rotating by one always breaks the match.
  const unchanged = out.every((id, i) => id === ids[i]);
  return unchanged && ids.length > 1 ? [...ids.slice(1), ...ids.slice(0, 1)] : out;
}

function layoutOf(question: Question, seed: number): QuestionLayout {
  const random = mulberry32(deriveSeed(seed, question.id));
  const questionId = question.id;
  switch (question.kind) {
    case 'single':
    case 'multi':
      return { questionId, kind: question.kind, optionIds: shuffleWith(question.options.map((o) => o.id), random) };
    case 'classify':
      return { questionId, kind: 'classify', itemIds: shuffleWith(question.items.map((i) => i.id), random) };
    case 'order':
      return { questionId, kind: 'order', itemIds: shuffleAwayFromOriginal(question.items.map((i) => i.id), random) };
    case 'match':
      return {
        questionId,
        kind: 'match',
        leftIds: shuffleWith(question.left.map((i) => i.id), random),
        rightIds: shuffleWith(question.right.map((i) => i.id), random),
      };
    case 'truefalse':
    case 'short':
    case 'evidence':
      return { questionId, kind: question.kind };
  }
}

/**
 * Lays out an attempt: questions in a seeded order, and within each question its options or items
 * shuffled from a stream derived from the seed and the question id. Classify categories keep their
 * fixed order; an order question's items are shown shuffled (never already in the correct order).
 */
export function shuffleAttempt(selfTest: Pick<SelfTest, 'questions'>, seed: number): AttemptPlan {
  const normalized = seed >>> 0;
  const questions = shuffle(selfTest.questions, normalized).map((q) => layoutOf(q, normalized));
  return { seed: normalized, questions };
}
