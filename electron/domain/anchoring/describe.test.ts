import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { article } from '../../../data/article';
import { articleText } from './article-text';
import { describeRange } from './describe';
import { Target } from './types';

const text = articleText(article.paragraphs);

describe('describeRange', () => {
  it('captures the quote with 32 characters of context on each side', () => {
    const start = text.indexOf('massive five-year plan');
    const target = describeRange(text, start, start + 'massive five-year plan'.length);
    expect(target.quote.exact).toBe('massive five-year plan');
    expect(target.quote.prefix).toBe(text.slice(start - 32, start));
    expect(target.quote.suffix).toBe(text.slice(start + 22, start + 54));
    expect(target.position).toEqual({ start, end: start + 22 });
  });

  it('clips the context at the edges of the text', () => {
    expect(describeRange(text, 0, 4).quote).toMatchObject({ exact: 'NATO', prefix: '' });
    const last = describeRange(text, text.length - 14, text.length).quote;
    expect(last).toMatchObject({ exact: 'organizations.', suffix: '' });
  });

  it('honours a custom context length and caps it at 64', () => {
    expect(describeRange(text, 100, 110, 5).quote.prefix).toHaveLength(5);
    expect(describeRange(text, 100, 110, 0).quote).toMatchObject({ prefix: '', suffix: '' });
    expect(describeRange(text, 100, 110, 500).quote.suffix).toHaveLength(64);
  });

  it('rejects empty, inverted, out-of-range and over-long ranges', () => {
    expect(() => describeRange(text, 5, 5)).toThrow(RangeError);
    expect(() => describeRange(text, 6, 5)).toThrow(RangeError);
    expect(() => describeRange(text, -1, 5)).toThrow(RangeError);
    expect(() => describeRange(text, 0, text.length + 1)).toThrow(RangeError);
    expect(() => describeRange(text, 0.5, 5)).toThrow(RangeError);
    expect(() => describeRange(text, 0, 2001)).toThrow(RangeError);
    expect(() => describeRange('', 0, 1)).toThrow(RangeError);
  });

  it('keeps whitespace-only quotes such as the paragraph separator', () => {
    const at = text.indexOf('\n\n');
    expect(describeRange(text, at, at + 2).quote.exact).toBe('\n\n');
  });

  it('always produces a target the schema accepts', () => {
    const range = fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 2000 }))
      .map(([start, length]) => [start, Math.min(text.length, start + length)] as const);
    fc.assert(
      fc.property(range, ([start, end]) => {
        expect(Target.safeParse(describeRange(text, start, end)).success).toBe(true);
      }),
    );
  });
});
