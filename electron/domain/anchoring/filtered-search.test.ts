import approxSearch from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article } from '../../../data/article';
import { articleText } from './article-text';
import { filteredSearch } from './filtered-search';
import { textIndex } from './text-index';

const text = articleText(article.paragraphs);

/** A passage of the article with some characters replaced, inserted or deleted. */
const editedPassage = fc
  .record({ start: fc.nat(text.length - 40), length: fc.integer({ min: 8, max: 300 }), edits: fc.array(fc.record({ at: fc.nat(300), kind: fc.constantFrom('replace', 'insert', 'delete'), char: fc.constantFrom('§', 'e', ' ', 'x') }), { maxLength: 12 }) })
  .map(({ start, length, edits }) => {
    let passage = text.slice(start, start + length);
    for (const edit of edits) {
      const at = edit.at % Math.max(1, passage.length);
      const tail = edit.kind === 'insert' ? passage.slice(at) : passage.slice(at + 1);
      passage = passage.slice(0, at) + (edit.kind === 'delete' ? '' : edit.char) + tail;
    }
    return passage;
  });

describe('filteredSearch', () => {
  it('gives exactly what approx-string-match gives, for edited passages of the article', () => {
    fc.assert(
      fc.property(editedPassage, fc.integer({ min: 1, max: 80 }), (pattern, maxErrors) => {
        expect(filteredSearch(text, pattern, maxErrors)).toEqual(approxSearch(text, pattern, maxErrors));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees on repeated text, masked text and quotes that are not there', () => {
    const repeated = 'the alliance and the alliance and the alliance';
    for (const [haystack, pattern, errors] of [
      [repeated, 'the alliance', 3],
      [repeated, 'the allience', 2],
      [`${'\0'.repeat(40)} Japan and NATO ${'\0'.repeat(40)}`, 'Japan and NATO!', 4],
      [text, 'nothing like this sentence is in the article at all', 12],
      [text, 'NATO', 1],
    ] as const) {
      expect(filteredSearch(haystack, pattern, errors)).toEqual(approxSearch(haystack, pattern, errors));
    }
  });
});

describe('filteredSearch within a scope', () => {
  it('searches text[from, to) as approx-string-match searches that slice, with or without a hint', () => {
    fc.assert(
      fc.property(editedPassage, fc.integer({ min: 1, max: 80 }), fc.nat(text.length), fc.nat(text.length), fc.option(fc.nat(text.length)), (pattern, maxErrors, a, b, hint) => {
        const from = Math.min(a, b);
        const to = Math.max(a, b);
        const expected = approxSearch(text.slice(from, to), pattern, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
        expect(filteredSearch(text, pattern, maxErrors, { from, to, hint: hint ?? undefined })).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('searches a copy with NUL-masked spans through the index of the original text', () => {
    const index = textIndex(text);
    fc.assert(
      fc.property(editedPassage, fc.nat(text.length - 1), fc.integer({ min: 1, max: 300 }), (pattern, at, length) => {
        const end = Math.min(text.length, at + length);
        const masked = `${text.slice(0, at)}${'\0'.repeat(end - at)}${text.slice(end)}`;
        const maxErrors = Math.floor(pattern.length / 4);
        expect(filteredSearch(masked, pattern, maxErrors, { index, hint: at })).toEqual(approxSearch(masked, pattern, maxErrors));
      }),
      { numRuns: 200 },
    );
  });
});
