import { describe, expect, it } from 'vitest';
import { clozeRuns, dueIn, gapsFromWords, wordsOf } from './text-parts';

describe('cloze runs on screen', () => {
  it('splits the quote into plain runs and gaps in order', () => {
    expect(clozeRuns('NATO and Japan agree', [{ start: 9, end: 14 }, { start: 0, end: 4 }])).toEqual([
      { text: 'NATO', gap: true },
      { text: ' and ', gap: false },
      { text: 'Japan', gap: true },
      { text: ' agree', gap: false },
    ]);
  });
});

describe('choosing words to hide', () => {
  const text = 'Japan’s budget, 43 trillion yen, grows.';
  const words = wordsOf(text);

  it('finds words with their offsets, punctuation left out', () => {
    expect(words.map((w) => w.text)).toEqual(['Japan’s', 'budget', '43', 'trillion', 'yen', 'grows']);
    expect(text.slice(words[2]!.start, words[2]!.end)).toBe('43');
  });

  it('merges neighbouring chosen words into one gap, not across punctuation', () => {
    expect(gapsFromWords(text, words, new Set([2, 3, 4]))).toEqual([{ start: 16, end: 31 }]);
    expect(gapsFromWords(text, words, new Set([1, 2]))).toEqual([
      { start: 8, end: 14 },
      { start: 16, end: 18 },
    ]);
  });
});

describe('due times', () => {
  it('says now, in minutes, hours or days', () => {
    const now = Date.parse('2026-03-01T09:00:00Z');
    expect(dueIn('2026-03-01T08:00:00Z', now)).toBe('now');
    expect(dueIn('2026-03-01T12:00:00Z', now)).toBe('in 3h');
    expect(dueIn('2026-03-03T09:00:00Z', now)).toBe('in 2d');
    expect(dueIn(null, now)).toBe('not yet studied');
  });
});
