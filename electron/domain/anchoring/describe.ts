/** Turns a range of the article text into the selectors an annotation stores. */
import { MAX_CONTEXT_LENGTH, MAX_QUOTE_LENGTH, type Target } from './types';

/** Context captured on each side by default: enough to tell repeated phrases apart, small to store. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/**
 * Describes text[start, end) as a quote (with up to `contextLength` characters of prefix and
 * suffix, fewer at the text's edges; capped at 64) and a position. Throws a RangeError unless
 * 0 <= start < end <= text.length and the range is at most 2000 characters, because such a
 * target could never be stored or re-anchored.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): Target {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new RangeError(`invalid range [${start}, ${end}) for text of length ${text.length}`);
  }
  if (end - start > MAX_QUOTE_LENGTH) {
    throw new RangeError(`range of ${end - start} characters exceeds ${MAX_QUOTE_LENGTH}`);
  }
  const context = Math.min(Math.max(0, Math.floor(contextLength)), MAX_CONTEXT_LENGTH);
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, end + context),
    },
    position: { start, end },
  };
}
