/** Scores a candidate place for a quote by how well the quote, its context and its position fit there. */
import type { TextQuoteSelector } from './types';

/** A candidate place for a quote: offsets in the text (end exclusive) and edits from the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

// Hypothesis's weights (quote 50, prefix 20, suffix 20, position 2 as a tie-breaker) with two
// changes so that one threshold means something:
// - context counts only above chance: unrelated 32-character snippets of the article are ~0.28
//   similar (95th percentile 0.38), so similarity is rescaled to make 0.3 worth nothing;
// - context weighs less as the quote grows past the 32 characters of context we store: a long
//   quote identifies itself after its surroundings were rewritten, a short one needs its context.
// Then an exact short quote amid unrelated text scores ~0.57-0.61, an exact quote with one side of
// its context intact >= 0.78, and a 64-character sentence moved elsewhere ~0.72.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const CONTEXT_REFERENCE_LENGTH = 32;
const CHANCE_SIMILARITY = 0.3;
const POSITION_WEIGHT = 2;

/**
 * 0..1 for the candidate: weighted similarity of quote, prefix, suffix and closeness to `hint`
 * (the quote's old start; omitted, position counts as perfect). 1 means quote and context intact.
 */
export function scoreCandidate(
  text: string,
  candidate: Candidate,
  quote: TextQuoteSelector,
  hint: number | undefined,
): number {
  const length = quote.exact.length;
  const contextWeight = CONTEXT_WEIGHT * Math.min(1, CONTEXT_REFERENCE_LENGTH / length);
  const quoteScore = Math.max(0, 1 - candidate.errors / length);
  const [prefixScore, suffixScore] = contextScores(text, candidate, quote, false);
  const distance = hint === undefined ? 0 : Math.abs(candidate.start - hint);
  const positionScore = 1 - Math.min(1, distance / text.length);
  const raw =
    QUOTE_WEIGHT * quoteScore + contextWeight * (prefixScore + suffixScore) + POSITION_WEIGHT * positionScore;
  return raw / (QUOTE_WEIGHT + 2 * contextWeight + POSITION_WEIGHT);
}

/**
 * The highest score a candidate with at least `errors` edits in a quote of `length` characters can
 * reach (context intact, at the hint): `scoreCandidate` never exceeds it.
 */
export function bestScoreWithErrors(length: number, errors: number): number {
  const contextWeight = CONTEXT_WEIGHT * Math.min(1, CONTEXT_REFERENCE_LENGTH / length);
  const raw = QUOTE_WEIGHT * Math.max(0, 1 - errors / length) + 2 * contextWeight + POSITION_WEIGHT;
  return raw / (QUOTE_WEIGHT + 2 * contextWeight + POSITION_WEIGHT);
}

/**
 * The most edits with which a candidate for a quote of `length` characters could still score
 * `score` (a hair below counts, so rounding never hides a match): a fuzzy search needs no more.
 * -1 when even an intact quote could not.
 */
export function mostErrorsScoring(length: number, score: number): number {
  const reaches = (errors: number): boolean => bestScoreWithErrors(length, errors) >= score - 1e-9;
  if (!reaches(0)) return -1;
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (reaches(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Whether the stored prefix and suffix surround the candidate verbatim (cheap: no edit distance). */
export function hasIntactContext(text: string, candidate: Candidate, quote: TextQuoteSelector): boolean {
  const [prefixScore, suffixScore] = contextScores(text, candidate, quote, true);
  return prefixScore === 1 && suffixScore === 1;
}

/** Prefix and suffix scores, 0..1 beyond chance; with `verbatim`, only 1 (identical) or 0. */
function contextScores(
  text: string,
  { start, end }: Candidate,
  quote: TextQuoteSelector,
  verbatim: boolean,
): [number, number] {
  const recorded = quote.prefix !== '' || quote.suffix !== '';
  const side = (expected: string, actual: string, atEdge: boolean): number => {
    // describeRange leaves a side empty only at an edge of the text, so an empty side says the
    // quote touched that edge; with both sides empty no context was recorded and any place fits.
    if (expected === '') return atEdge || !recorded ? 1 : 0;
    if (verbatim || actual === expected) return actual === expected ? 1 : 0;
    return Math.max(0, (similarity(actual, expected) - CHANCE_SIMILARITY) / (1 - CHANCE_SIMILARITY));
  };
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  return [side(quote.prefix, before, start === 0), side(quote.suffix, after, end === text.length)];
}

/**
 * 1 - (fewest edits turning `expected` into some substring of `actual`) / expected.length, in 0..1;
 * 1 for an empty `expected`, else 0 for an empty `actual`. The same error count approx-string-match
 * reports for its best match, computed with one dynamic-programming row because it runs for every
 * candidate of a repeated quote (~5 µs for 32 characters against 32).
 */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0 || actual === expected) return 1;
  if (actual.length === 0) return 0;
  if (expected.length <= 32) return 1 - fewestEditsInWord(actual, expected) / expected.length;
  const n = actual.length;
  // row[j]: edits turning the first i characters of `expected` into a substring of `actual` ending
  // at j; for i = 0 that is free everywhere.
  const row = new Int32Array(n + 1);
  for (let i = 1; i <= expected.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    const e = expected.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const above = row[j]!;
      row[j] = Math.min(diagonal + (actual.charCodeAt(j - 1) === e ? 0 : 1), above + 1, row[j - 1]! + 1);
      diagonal = above;
    }
  }
  let errors = expected.length;
  for (let j = 0; j <= n; j++) errors = Math.min(errors, row[j]!);
  return 1 - errors / expected.length;
}

/**
 * The same error count for an `expected` of at most 32 characters, with Myers' bit-parallel
 * algorithm (one 32-bit word per column instead of a row of the table): the stored context is 32
 * characters, and a quote repeated 500 times in the text has 1,000 contexts to compare.
 */
function fewestEditsInWord(actual: string, expected: string): number {
  const m = expected.length;
  // Codes below 256 (nearly every character) index an array; the rest a map made only when needed.
  const equal = asciiEqual;
  let other: Map<number, number> | null = null;
  for (let i = 0; i < m; i++) {
    const code = expected.charCodeAt(i);
    if (code < 256) equal[code]! |= 1 << i;
    else (other ??= new Map()).set(code, (other.get(code) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  // Vertical deltas of the column: all +1 (the first column is 0, 1, 2, ..., m).
  let positive = m === 32 ? -1 : (1 << m) - 1;
  let negative = 0;
  let score = m;
  let fewest = m;
  for (let j = 0; j < actual.length; j++) {
    const code = actual.charCodeAt(j);
    const eq = code < 256 ? equal[code]! : (other?.get(code) ?? 0);
    const xv = eq | negative;
    // The carry of the addition past bit 31 is dropped by the 32-bit XOR, as the algorithm needs.
    const xh = (((eq & positive) + positive) ^ positive) | eq;
    let ph = negative | ~(xh | positive);
    let mh = positive & xh;
    if (ph & last) score += 1;
    else if (mh & last) score -= 1;
    // A substring may start anywhere in `actual`: no +1 enters the top row.
    ph <<= 1;
    mh <<= 1;
    positive = mh | ~(xv | ph);
    negative = ph & xv;
    if (score < fewest) fewest = score;
  }
  for (let i = 0; i < m; i++) {
    const code = expected.charCodeAt(i);
    if (code < 256) equal[code] = 0;
  }
  return fewest;
}

/** fewestEditsInWord's table for codes below 256, all zero between calls (each call clears its own). */
const asciiEqual = new Int32Array(256);
