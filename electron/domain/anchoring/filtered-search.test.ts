import approxSearch from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article } from '../../../data/article';
import { articleText } from './article-text';
import { filteredSearch } from './filtered-search';

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
