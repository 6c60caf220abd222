import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selfTest } from '../../../data/selftest';
import { mulberry32, shuffle, shuffleAttempt } from './shuffle';

const sorted = <T>(xs: readonly T[]) => [...xs].sort();
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('mulberry32', () => {
  it('yields the same stream for the same seed, floats in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const drawn = range(1000).map(() => a());
    expect(range(1000).map(() => b())).toEqual(drawn);
    expect(drawn.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('shuffle', () => {
  it('returns a new array and leaves the input untouched', () => {
    const input = [1, 2, 3, 4, 5];
    const out = shuffle(input, 7);
    expect(out).not.toBe(input);
    expect(input).toEqual([1, 2, 3, 4, 5]);
  });

  it('is reproducible with the same seed', () => {
    expect(shuffle(range(20), 123)).toEqual(shuffle(range(20), 123));
  });

  it('usually differs between seeds', () => {
    const orders = new Set(range(50).map((seed) => shuffle(range(10), seed).join(',')));
    expect(orders.size).toBeGreaterThan(45);
  });

  it('handles empty and one-element arrays', () => {
    expect(shuffle([], 1)).toEqual([]);
    expect(shuffle(['only'], 1)).toEqual(['only']);
  });

  it('always returns a permutation of its input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (xs, seed) => {
        expect(sorted(shuffle(xs, seed))).toEqual(sorted(xs));
      }),
    );
  });
});

describe('shuffleAttempt', () => {
  const ids = selfTest.questions.map((q) => q.id);

  it('shows every question exactly once', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(sorted(shuffleAttempt(selfTest, seed).questions.map((l) => l.questionId))).toEqual(sorted(ids));
      }),
      { numRuns: 50 },
    );
  });

  it('is reproducible with the same seed and differs for another', () => {
    expect(shuffleAttempt(selfTest, 99)).toEqual(shuffleAttempt(selfTest, 99));
    expect(shuffleAttempt(selfTest, 99).questions.map((l) => l.questionId)).not.toEqual(
      shuffleAttempt(selfTest, 100).questions.map((l) => l.questionId),
    );
  });

  it('lays out each question with a permutation of its own options or items', () => {
    for (const layout of shuffleAttempt(selfTest, 5).questions) {
      const question = selfTest.questions.find((q) => q.id === layout.questionId)!;
      expect(layout.kind).toBe(question.kind);
      if ((layout.kind === 'single' || layout.kind === 'multi') && 'options' in question) {
        expect(sorted(layout.optionIds)).toEqual(sorted(question.options.map((o) => o.id)));
      }
      if ((layout.kind === 'classify' || layout.kind === 'order') && 'items' in question) {
        expect(sorted(layout.itemIds)).toEqual(sorted(question.items.map((i) => i.id)));
      }
      if (layout.kind === 'match' && question.kind === 'match') {
        expect(sorted(layout.leftIds)).toEqual(sorted(question.left.map((i) => i.id)));
        expect(sorted(layout.rightIds)).toEqual(sorted(question.right.map((i) => i.id)));
      }
    }
  });

  it('never shows an order question already in the correct order', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        for (const layout of shuffleAttempt(selfTest, seed).questions) {
          const question = selfTest.questions.find((q) => q.id === layout.questionId)!;
          if (layout.kind === 'order' && question.kind === 'order') {
            expect(layout.itemIds).not.toEqual(question.items.map((i) => i.id));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a question’s option order independent of where the question lands', () => {
    const first = selfTest.questions[0]!;
    const alone = shuffleAttempt({ questions: [first] }, 8).questions[0];
    const among = shuffleAttempt(selfTest, 8).questions.find((l) => l.questionId === first.id);
    expect(among).toEqual(alone);
  });
});
