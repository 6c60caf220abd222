import approxSearch from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchIn, searcherFor } from './myers';

// Few letters, so that random patterns match often and with ties; one outside Latin-1 and one
// astral character (two UTF-16 units), which the library and the compiled pattern must treat alike.
const letter = fc.constantFrom('a', 'b', 'c', ' ', 'é', '’', '😀');
const text = fc.array(letter, { maxLength: 400 }).map((l) => l.join(''));
const pattern = fc.array(letter, { minLength: 1, maxLength: 120 }).map((l) => l.join(''));

describe('searchIn (a compiled approx-string-match search)', () => {
  it('finds what approx-string-match finds in the same slice, with offsets in the whole text', () => {
    fc.assert(
      fc.property(text, pattern, fc.nat(60), fc.nat(400), fc.nat(400), (haystack, needle, maxErrors, a, b) => {
        const from = Math.min(a, b, haystack.length);
        const to = Math.min(Math.max(a, b), haystack.length);
        const expected = approxSearch(haystack.slice(from, to), needle, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
        expect(searchIn(haystack, from, to, searcherFor(needle), maxErrors)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same answer for a pattern searched again (the compiled pattern is reused)', () => {
    const searcher = searcherFor('alliance');
    const haystack = 'the alliance, the aliance and the allianse';
    const first = searchIn(haystack, 0, haystack.length, searcher, 2);
    expect(searchIn(haystack, 0, haystack.length, searcherFor('alliance'), 2)).toEqual(first);
    expect(first).toEqual(approxSearch(haystack, 'alliance', 2));
  });
});
