import { describe, expect, it } from 'vitest';
import { ankiCloze, clozeFront, clozeParts, normalizeGaps, parseClozeMarkup } from './cloze';

const quote = 'Japan has declared its intention to establish an independent mission to NATO';

describe('cloze rendering', () => {
  it('hides each gap on the front and keeps the rest verbatim', () => {
    const at = quote.indexOf('independent mission');
    const gaps = normalizeGaps(quote, [{ start: at, end: at + 'independent mission'.length }, { start: 0, end: 5 }]);
    expect(clozeFront(quote, gaps)).toBe('[…] has declared its intention to establish an […] to NATO');
  });

  it('splits the text into plain runs and gaps for the revealed back', () => {
    expect(clozeParts(quote, [{ start: 0, end: 5 }])).toEqual([
      { text: 'Japan', gap: true },
      { text: quote.slice(5), gap: false },
    ]);
  });

  it('writes gaps in Anki’s cloze syntax', () => {
    expect(ankiCloze('NATO and Japan', [{ start: 9, end: 14 }])).toBe('NATO and {{c1::Japan}}');
  });

  it('rejects overlapping, empty, blank and out-of-range gaps with a readable message', () => {
    expect(() => normalizeGaps(quote, [{ start: 0, end: 10 }, { start: 5, end: 12 }])).toThrow(/overlap/);
    expect(() => normalizeGaps(quote, [{ start: 4, end: 4 }])).toThrow(/at least one/);
    expect(() => normalizeGaps(quote, [{ start: 5, end: 6 }])).toThrow(/not only spaces/);
    expect(() => normalizeGaps(quote, [{ start: 70, end: 200 }])).toThrow(/past the end/);
  });
});

describe('cloze hints', () => {
  const markup = 'The {{c1::single-agency::kind}} liaison office';

  it('reads Anki markup with a hint into the plain text and a hinted gap', () => {
    expect(parseClozeMarkup(markup)).toEqual({ text: 'The single-agency liaison office', gaps: [{ start: 4, end: 17, hint: 'kind' }] });
    expect(parseClozeMarkup('{{c1::NATO}} and {{c1::Japan}}').gaps).toEqual([{ start: 0, end: 4 }, { start: 9, end: 14 }]);
  });

  it('shows the hint in place of the gap on the front and writes it back in Anki’s syntax', () => {
    const { text, gaps } = parseClozeMarkup(markup);
    expect(clozeFront(text, gaps)).toBe('The [kind] liaison office');
    expect(ankiCloze(text, gaps)).toBe(markup);
    expect(clozeParts(text, gaps)[1]).toEqual({ text: 'single-agency', gap: true, hint: 'kind' });
  });

  it('refuses markup without a gap, with a c2 gap or with stray braces', () => {
    expect(() => parseClozeMarkup('no gap here')).toThrow(/no \{\{c1/);
    expect(() => parseClozeMarkup('{{c2::two}} cards')).toThrow(/only c1/);
    expect(() => parseClozeMarkup('{{c1::one}} and {{c1:: broken')).toThrow(/unbalanced/);
  });
});
