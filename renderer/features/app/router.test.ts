import { describe, expect, it } from 'vitest';
import { BlockId } from '../../../electron/domain/document/document';
import { BLOCK_ID_PATTERN, parseHash, parsePassage, passageParam } from './router';

describe('hash routes', () => {
  it('defaults to the reader', () => {
    expect(parseHash('').path).toBe('reader');
    expect(parseHash('#/').path).toBe('reader');
  });

  it('reads the path and its parameters', () => {
    const route = parseHash('#/reader?focus=p3:10-40');
    expect(route.path).toBe('reader');
    expect(route.params.get('focus')).toBe('p3:10-40');
  });

  it('round-trips a passage and rejects malformed or empty ones', () => {
    expect(parsePassage(passageParam({ paragraphId: 'p2', start: 5, end: 9 }))).toEqual({ paragraphId: 'p2', start: 5, end: 9 });
    expect(parsePassage('p2:9-5')).toBeNull();
    expect(parsePassage('p2:<script>')).toBeNull();
    expect(parsePassage(null)).toBeNull();
  });

  it('accepts a passage of any block id an imported document can have', () => {
    expect(parsePassage('s2-b14:0-12')).toEqual({ paragraphId: 's2-b14', start: 0, end: 12 });
    expect(parsePassage(passageParam({ paragraphId: 'ch_3-B1', start: 4, end: 9 }))).toEqual({ paragraphId: 'ch_3-B1', start: 4, end: 9 });
    expect(parsePassage('s1 b2:0-3')).toBeNull();
    expect(parsePassage(`${'a'.repeat(65)}:0-3`)).toBeNull();
  });

  it('takes block ids exactly as the document schema does', () => {
    const pattern = new RegExp(`^${BLOCK_ID_PATTERN}$`);
    for (const id of ['p1', 's1-b2', 'A_b-9', 'x'.repeat(64), 'x'.repeat(65), '', 'a.b', 'a:b', 'é', 'a b']) {
      expect(pattern.test(id), id).toBe(BlockId.safeParse(id).success);
    }
  });
});
