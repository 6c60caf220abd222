// Seeded shuffling for self-test attempts: one seed per attempt reproduces its question order and every
// question's option order, so an attempt can be resumed or reviewed exactly as it was shown.
import { mulberry32 } from '../seeded-random';
import { kindModule, type KindRegistry, type LayoutIn, type QuestionIn, type ShuffleStream } from './kinds/kind';
import { selftestKinds, type SelftestKinds } from './kinds/registry';

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

/** The stream a kind's `shuffle` draws from: one generator per question, consumed in call order. */
function streamOf(random: () => number): ShuffleStream {
  return {
    permute: (ids) => shuffleWith(ids, random),
    permuteAwayFromOriginal(ids) {
      const out = shuffleWith(ids, random);
      // Rotating by one always breaks a match with the original order.
      const unchanged = out.every((id, i) => id === ids[i]);
      return unchanged && ids.length > 1 ? [...ids.slice(1), ...ids.slice(0, 1)] : out;
    },
  };
}

/** How one question is laid out in an attempt: the ids of its options or items in display order. */
export type QuestionLayout = LayoutIn<SelftestKinds>;

/** The questions of an attempt in display order, each with its shuffled layout. */
export type AttemptPlan<L = QuestionLayout> = { seed: number; questions: L[] };

/** The attempt shuffler of a registry of kinds (the built-in one below; tests build others). */
export function shufflerOf<R extends KindRegistry>(kinds: R) {
  /**
   * Lays out an attempt: questions in a seeded order, and within each question its options or items
   * shuffled from a stream derived from the seed and the question id (each kind says which, e.g.
   * classify categories keep their fixed order and an order question is never shown solved).
   */
  return function shuffleAttempt(selfTest: { questions: readonly QuestionIn<R>[] }, seed: number): AttemptPlan<LayoutIn<R>> {
    const normalized = seed >>> 0;
    const questions = shuffle(selfTest.questions, normalized).map((question) => {
      const { id, kind } = question as { id: string; kind: string };
      const layout = kindModule(kinds, kind).shuffle(question, streamOf(mulberry32(deriveSeed(normalized, id))));
      return { questionId: id, ...layout } as LayoutIn<R>;
    });
    return { seed: normalized, questions };
  };
}

export const shuffleAttempt = shufflerOf(selftestKinds);
