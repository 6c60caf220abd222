import { describe, expect, it } from 'vitest';
import { wordAt, wordSpans } from './word-spans';

describe('wordSpans', () => {
  it('finds each run of non-space with its offsets', () => {
    expect(wordSpans('  Japan, NATO  and\tTokyo')).toEqual([
      { start: 2, end: 8 },
      { start: 9, end: 13 },
      { start: 15, end: 18 },
      { start: 19, end: 24 },
    ]);
    expect(wordSpans('   ')).toEqual([]);
  });

  it('maps an offset to the word holding it, the next one in a gap, the last one past the end', () => {
    const spans = wordSpans('one two three');
    expect(wordAt(spans, 0)).toBe(0);
    expect(wordAt(spans, 3)).toBe(1);
    expect(wordAt(spans, 9)).toBe(2);
    expect(wordAt(spans, 99)).toBe(2);
  });
});
