// Character-range arithmetic for evidence questions.
import type { TextRange } from '../../../../data/schemas/selftest-parts';

/**
 * The [start, end) range of the first occurrence of `quote` in `paragraph`.
 * Throws when the quote is absent: that is a data bug (data tests check every quote), not a learner error.
 */
export function quoteRange(paragraph: string, quote: string): TextRange {
  const start = paragraph.indexOf(quote);
  if (start < 0 || quote.length === 0) throw new Error(`quote not found in paragraph: ${quote.slice(0, 40)}…`);
  return { start, end: start + quote.length };
}

/** `range` cut to [0, length]; a range lying wholly outside comes back empty (start === end). */
export function clampRange(range: TextRange, length: number): TextRange {
  const start = Math.min(Math.max(range.start, 0), length);
  const end = Math.min(Math.max(range.end, start), length);
  return { start, end };
}

/** Jaccard index of two character ranges: |a ∩ b| / |a ∪ b|, in [0, 1]; 0 when both are empty. */
export function rangeJaccard(a: TextRange, b: TextRange): number {
  const lengthA = Math.max(0, a.end - a.start);
  const lengthB = Math.max(0, b.end - b.start);
  const intersection = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = lengthA + lengthB - intersection;
  return union === 0 ? 0 : intersection / union;
}
