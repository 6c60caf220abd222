import { describe, expect, it } from 'vitest';
import { parseHash, parsePassage, passageParam } from './router';

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
});
