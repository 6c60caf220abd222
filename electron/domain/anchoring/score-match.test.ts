import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import approxSearch from 'approx-string-match';
import { article } from '../../../data/article';
import { articleText } from './article-text';
import { bestScoreWithErrors, bestScored, hasIntactContext, mostErrorsScoring, scoreCandidate, similarity } from './score-match';
import type { TextQuoteSelector } from './types';
import type { Candidate } from './score-match';

describe('similarity', () => {
  it('is 1 for identical strings and for absent context', () => {
    expect(similarity('regional security', 'regional security')).toBe(1);
    expect(similarity('anything', '')).toBe(1);
    expect(similarity('', '')).toBe(1);
  });

  it('is 0 when there is no text to compare with', () => {
    expect(similarity('', 'NATO')).toBe(0);
  });

  it('counts edits against the best-matching substring', () => {
    expect(similarity('xx the ITPP, will', 'the ITTP,')).toBeCloseTo(1 - 1 / 9);
    expect(similarity('abc', 'zzzz')).toBe(0);
  });

  it('agrees with approx-string-match on the best error count', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 40 });
    fc.assert(
      fc.property(text, text, (actual, expected) => {
        fc.pre(actual.length > 0 && expected.length > 0);
        const best = approxSearch(actual, expected, expected.length)[0]!;
        expect(similarity(actual, expected)).toBeCloseTo(1 - best.errors / expected.length);
      }),
    );
  });

  it('agrees with approx-string-match for contexts of 25 to 32 characters in any script', () => {
    const unit = fc.constantFrom('a', 'b', 'é', '—', ' ', '日');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 80 }), fc.string({ unit, minLength: 25, maxLength: 32 }), (actual, expected) => {
        const best = approxSearch(actual, expected, expected.length)[0]!;
        expect(similarity(actual, expected)).toBeCloseTo(1 - best.errors / expected.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('scoreCandidate', () => {
  const text = 'Japan and NATO agree. Later, NATO and Korea meet.';
  const at = (start: number, length = 4) => ({ start, end: start + length, errors: 0 });
  const quote: TextQuoteSelector = { exact: 'NATO', prefix: 'Later, ', suffix: ' and Korea' };

  it('gives 1 to the quote with its context intact at its old position', () => {
    expect(scoreCandidate(text, at(29), quote, 29)).toBe(1);
    expect(hasIntactContext(text, at(29), quote)).toBe(true);
  });

  it('ranks an occurrence with foreign context below the acceptance threshold', () => {
    expect(hasIntactContext(text, at(10), quote)).toBe(false);
    expect(scoreCandidate(text, at(10), quote, 29)).toBeLessThan(0.7);
  });

  it('takes an empty side as the edge of the text, unless no context was recorded', () => {
    const first: TextQuoteSelector = { exact: 'Japan', prefix: '', suffix: ' and NATO' };
    expect(hasIntactContext(text, at(0, 5), first)).toBe(true);
    expect(hasIntactContext(`Oh. ${text}`, at(4, 5), first)).toBe(false);
    const bare: TextQuoteSelector = { exact: 'NATO', prefix: '', suffix: '' };
    expect(scoreCandidate(text, at(10), bare, undefined)).toBe(1);
  });

  it('lowers the score with each edit in the quote', () => {
    const one = scoreCandidate(text, { ...at(29), errors: 1 }, quote, 29);
    const two = scoreCandidate(text, { ...at(29), errors: 2 }, quote, 29);
    expect(one).toBeLessThan(1);
    expect(two).toBeLessThan(one);
  });

  it('never exceeds the best score its number of edits allows', () => {
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 20 }), fc.nat(text.length), (start, length, errors, hint) => {
        const end = Math.min(text.length, start + length);
        const candidate = { start, end, errors };
        const score = scoreCandidate(text, candidate, { ...quote, exact: text.slice(start, end) }, hint);
        expect(score).toBeLessThanOrEqual(bestScoreWithErrors(end - start, errors) + 1e-12);
      }),
    );
  });
});

describe('mostErrorsScoring', () => {
  it('is the most edits whose best score still reaches the given score', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), (length, score) => {
        // -1 edits "reach" anything, more edits than characters nothing: the answer is where reaching stops.
        const reaches = (errors: number): boolean => errors < 0 || (errors <= length && bestScoreWithErrors(length, errors) >= score - 1e-9);
        const most = mostErrorsScoring(length, score);
        expect([reaches(most), reaches(most + 1)]).toEqual([true, false]);
      }),
    );
  });

  it('allows no edit once an exact quote scores what one edit at best could', () => {
    expect(mostErrorsScoring(40, bestScoreWithErrors(40, 1))).toBe(1);
    expect(mostErrorsScoring(40, bestScoreWithErrors(40, 1) + 1e-6)).toBe(0);
    expect(mostErrorsScoring(40, 1.5)).toBe(-1);
  });
});

describe('bestScored', () => {
  const article_ = articleText(article.paragraphs);

  /** Every candidate scored in turn, the first of equals kept. */
  function naiveBest(candidates: Candidate[], quote: TextQuoteSelector, hint: number | undefined) {
    let best: { start: number; end: number; score: number } | null = null;
    for (const c of candidates) {
      const score = scoreCandidate(article_, c, quote, hint);
      if (!best || score > best.score) best = { start: c.start, end: c.end, score };
    }
    return best;
  }

  it('picks what scoring every candidate in turn picks (the first of equals), with the same score', () => {
    fc.assert(
      fc.property(fc.nat(article_.length - 40), fc.integer({ min: 1, max: 3 }), fc.option(fc.nat(article_.length)), fc.nat(40), fc.integer({ min: 0, max: 2 }), (at, length, hint, shift, errors) => {
        const exact = article_.slice(at, at + length);
        // The stored prefix taken a little off, so that several places score alike or close.
        const from = Math.max(0, at + shift - 20);
        const quote: TextQuoteSelector = { exact, prefix: article_.slice(Math.max(0, from - 32), from), suffix: article_.slice(at + length, at + length + 32) };
        const candidates: Candidate[] = [];
        for (let i = article_.indexOf(exact); i !== -1; i = article_.indexOf(exact, i + 1)) candidates.push({ start: i, end: i + length, errors: i % 3 === 0 ? errors : 0 });
        expect(bestScored(article_, candidates, quote, hint ?? undefined)).toEqual(naiveBest(candidates, quote, hint ?? undefined));
      }),
      { numRuns: 80 },
    );
  });

  it('keeps the first of candidates that score alike, wherever the hint is', () => {
    const source = 'abc xyz abc xyz abc';
    const at = (start: number): Candidate => ({ start, end: start + 3, errors: 0 });
    const bare: TextQuoteSelector = { exact: 'abc', prefix: '', suffix: '' };
    expect(bestScored(source, [at(0), at(8), at(16)], bare, undefined)).toEqual({ start: 0, end: 3, score: 1 });
    expect(bestScored(source, [at(0), at(8), at(16)], bare, 12)).toMatchObject({ start: 8 });
    expect(bestScored(source, [at(0), at(16)], bare, 8)).toMatchObject({ start: 0 });
  });
});
