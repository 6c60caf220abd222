import approxSearch from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article } from '../../../data/article';
import { articleText } from './article-text';
import { alignmentEdits } from './edit-bound';
import { textIndex } from './text-index';

const text = articleText(article.paragraphs);
const index = textIndex(text);

/** The fewest edits of any match of `pattern` in `text`, as approx-string-match counts them. */
const fewest = (pattern: string): number => approxSearch(text, pattern, pattern.length)[0]?.errors ?? pattern.length;

/** A passage of the article with characters replaced, inserted or deleted. */
const editedPassage = fc
  .record({ start: fc.nat(text.length - 40), length: fc.integer({ min: 8, max: 300 }), edits: fc.array(fc.record({ at: fc.nat(300), kind: fc.constantFrom('replace', 'insert', 'delete'), text: fc.constantFrom('§', 'e', ' ', 'xyz', '’s') }), { maxLength: 12 }) })
  .map(({ start, length, edits }) => {
    let passage = text.slice(start, start + length);
    for (const edit of edits) {
      const at = edit.at % Math.max(1, passage.length);
      const tail = edit.kind === 'insert' ? passage.slice(at) : passage.slice(at + 1);
      passage = passage.slice(0, at) + (edit.kind === 'delete' ? '' : edit.text) + tail;
    }
    return { passage, start };
  });

describe('alignmentEdits', () => {
  it('never counts fewer edits than the best match has', () => {
    fc.assert(
      fc.property(editedPassage, fc.integer({ min: 0, max: 120 }), ({ passage, start }, cap) => {
        const bound = alignmentEdits(index, text, passage, 0, text.length, start, cap);
        // -1 (no seed) and cap + 1 (gave up) claim nothing.
        const claimed = bound >= 0 && bound <= cap ? bound : Infinity;
        expect(claimed).toBeGreaterThanOrEqual(fewest(passage));
        expect(bound).toBeLessThanOrEqual(cap + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('counts each isolated edit of a passage once', () => {
    const start = text.indexOf('together with the ITTP, will enable the Alliance');
    const passage = text.slice(start, start + 120);
    const replaced = passage.replace('ITTP', 'ITPP');
    const inserted = passage.replace('will enable', 'will surely enable');
    const deleted = passage.replace('the Alliance', 'Alliance');
    expect(alignmentEdits(index, text, replaced, 0, text.length, start, 30)).toBe(1);
    expect(alignmentEdits(index, text, inserted, 0, text.length, start, 30)).toBe('surely '.length);
    expect(alignmentEdits(index, text, deleted, 0, text.length, start, 30)).toBe('the '.length);
  });

  it('aligns only within the window, and gives -1 without a verbatim piece there', () => {
    const small = 'a passage about the Alliance and its partners in the region';
    const at = small.indexOf('the Alliance');
    const passage = 'the Alliance and its partners';
    const smallIndex = textIndex(small);
    expect(alignmentEdits(smallIndex, small, passage, 0, small.length, undefined, 10)).toBe(0);
    // Its first character cut off by the window: one edit; past its last full piece, no seed.
    expect(alignmentEdits(smallIndex, small, passage, at + 1, small.length, undefined, 10)).toBe(1);
    expect(alignmentEdits(smallIndex, small, passage, at + 22, small.length, undefined, 10)).toBe(-1);
    expect(alignmentEdits(smallIndex, small, 'short', 0, small.length, undefined, 10)).toBe(-1);
  });
});
