import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article } from '../../../data/article';
import { articleText } from './article-text';
import { occurrences, textIndex } from './text-index';

/** What repeated indexOf finds in subject[from, to). */
function byIndexOf(subject: string, needle: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let at = subject.indexOf(needle, from); at !== -1 && at + needle.length <= to; at = subject.indexOf(needle, at + 1)) found.push(at);
  return found;
}

// Few letters, so that pieces repeat and share buckets; one outside Latin-1 and an astral character.
const letter = fc.constantFrom('a', 'b', ' ', 'é', '’', '😀');
const haystack = fc.array(letter, { minLength: 0, maxLength: 600 }).map((l) => l.join(''));

describe('occurrences', () => {
  it('finds every occurrence indexOf finds, overlapping ones too, in text order, within the window', () => {
    fc.assert(
      fc.property(haystack, fc.nat(600), fc.integer({ min: 1, max: 20 }), fc.nat(600), fc.nat(600), (text, at, length, a, b) => {
        const needle = text.slice(at % (text.length + 1), (at % (text.length + 1)) + length) || 'ab';
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        expect(occurrences(textIndex(text), text, needle, from, to)).toEqual(byIndexOf(text, needle, from, to));
        // A window ending or starting exactly at an occurrence still holds it.
        const start = at % (text.length + 1);
        expect(occurrences(textIndex(text), text, needle, start, start + needle.length)).toEqual(byIndexOf(text, needle, start, start + needle.length));
      }),
      { numRuns: 400 },
    );
  });

  it('finds in a NUL-masked copy only what the copy still holds', () => {
    const text = articleText(article.paragraphs);
    const index = textIndex(text);
    const phrase = 'NATO';
    const first = text.indexOf('the Alliance');
    const masked = `${text.slice(0, first)}${'\0'.repeat(12)}${text.slice(first + 12)}`;
    for (const needle of ['the Alliance', 'Alliance', phrase, 'e Allian', '\0\0\0\0\0\0\0\0']) {
      expect(occurrences(index, masked, needle)).toEqual(byIndexOf(masked, needle, 0, masked.length));
    }
    expect(occurrences(index, masked, 'the Alliance')).not.toContain(first);
  });

  it('builds the index once for repeated searches of the same text', () => {
    const text = articleText(article.paragraphs);
    expect(textIndex(text)).toBe(textIndex(text));
    expect(textIndex(`${text} `)).not.toBe(textIndex(text));
  });

  it('indexes a book-length text only when it is searched a second time, and finds the same without an index', () => {
    const book = articleText(article.paragraphs).repeat(12);
    expect(textIndex(book)).toBeNull();
    const index = textIndex(book);
    expect(index?.text).toBe(book);
    for (const needle of ['the Alliance', 'NATO', 'Japan’s']) {
      expect(occurrences(null, book, needle, 100, 40_000)).toEqual(byIndexOf(book, needle, 100, 40_000));
      expect(occurrences(index, book, needle, 100, 40_000)).toEqual(byIndexOf(book, needle, 100, 40_000));
    }
  });
});
