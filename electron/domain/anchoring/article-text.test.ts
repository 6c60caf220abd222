import { describe, expect, it } from 'vitest';
import { article } from '../../../data/article';
import {
  ARTICLE_SEPARATOR,
  articleText,
  fromParagraphOffset,
  paragraphOffsets,
  toParagraphRange,
} from './article-text';

const text = articleText(article.paragraphs);
const offsets = paragraphOffsets(article.paragraphs);

describe('article text layout', () => {
  it('joins the paragraphs with a blank line', () => {
    expect(text.split(ARTICLE_SEPARATOR)).toEqual(article.paragraphs.map((p) => p.text));
  });

  it('gives each paragraph offsets that slice its own text', () => {
    expect(offsets.map((o) => o.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    for (const [i, o] of offsets.entries()) expect(text.slice(o.start, o.end)).toBe(article.paragraphs[i]!.text);
    expect(offsets.at(-1)!.end).toBe(text.length);
  });

  it('maps a range inside one paragraph to local offsets', () => {
    const p3 = offsets[2]!;
    expect(toParagraphRange(offsets, p3.start + 10, p3.start + 20)).toEqual([{ id: 'p3', start: 10, end: 20 }]);
  });

  it('splits a range across paragraphs and drops the separators', () => {
    const p1 = offsets[0]!;
    const p2 = offsets[1]!;
    expect(toParagraphRange(offsets, p1.end - 5, p2.start + 3)).toEqual([
      { id: 'p1', start: p1.end - p1.start - 5, end: p1.end - p1.start },
      { id: 'p2', start: 0, end: 3 },
    ]);
    expect(toParagraphRange(offsets, p1.end, p2.start)).toEqual([]);
    expect(toParagraphRange(offsets, 10, 10)).toEqual([]);
  });

  it('maps paragraph offsets back to global ones, including the paragraph end', () => {
    const p4 = offsets[3]!;
    expect(fromParagraphOffset(offsets, 'p4', 0)).toBe(p4.start);
    expect(fromParagraphOffset(offsets, 'p4', p4.end - p4.start)).toBe(p4.end);
    expect(() => fromParagraphOffset(offsets, 'p4', p4.end - p4.start + 1)).toThrow(RangeError);
    expect(() => fromParagraphOffset(offsets, 'p4', -1)).toThrow(RangeError);
    expect(() => fromParagraphOffset(offsets, 'p9' as 'p1', 0)).toThrow(RangeError);
  });
});
