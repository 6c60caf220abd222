import { describe, expect, it } from 'vitest';
import { article } from '../../../data/article';
import { findMatches, foldForSearch } from './find-matches';

describe('findMatches', () => {
  it('counts every occurrence of a word across the paragraphs', () => {
    expect(findMatches(article.paragraphs, 'Senkaku')).toHaveLength(1);
    const nato = findMatches(article.paragraphs, 'NATO');
    const expected = article.paragraphs.reduce((n, p) => n + p.text.split('NATO').length - 1, 0);
    expect(nato).toHaveLength(expected);
    expect(expected).toBeGreaterThan(5);
  });

  it('ignores case and finds typographic apostrophes from a straight one', () => {
    const hits = findMatches(article.paragraphs, "japan's");
    expect(hits.length).toBeGreaterThan(0);
    const first = hits[0]!;
    const text = article.paragraphs.find((p) => p.id === first.paragraphId)!.text;
    expect(text.slice(first.start, first.end)).toBe('Japan’s');
  });

  it('returns nothing for a blank query or a word not in the article', () => {
    expect(findMatches(article.paragraphs, '   ')).toEqual([]);
    expect(findMatches(article.paragraphs, 'zeppelin')).toEqual([]);
  });

  it('keeps offsets stable when folding', () => {
    const text = '“NATO’s” Ďurďovičová';
    expect(foldForSearch(text)).toHaveLength(text.length);
  });
});
