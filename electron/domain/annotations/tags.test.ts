import { describe, expect, it } from 'vitest';
import { normalizeTags } from './tags';

describe('normalizeTags', () => {
  it('trims, drops blanks and case-insensitive repeats, keeping the first spelling and the order', () => {
    expect(normalizeTags([' NATO ', 'japan', '', '  ', 'nato', 'Japan', 'ITPP'])).toEqual(['NATO', 'japan', 'ITPP']);
  });
});
