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
  const weights = weightsFor(quote.exact.length);
  const [prefixScore, suffixScore] = contextScores(text, candidate, quote, false);
  return combined(weights, fixedPart(weights, text, candidate, hint), prefixScore, suffixScore);
}

/**
 * The candidate scoring highest (the first of equals, as scoring each in turn finds it), with its
 * score; null for none. Exact occurrences of a short quote number in the hundreds, so the one nearest
 * the hint is scored first, and the others' context only while it could still beat it.
 */
export function bestScored(
  text: string,
  candidates: readonly Candidate[],
  quote: TextQuoteSelector,
  hint: number | undefined,
): { start: number; end: number; score: number } | null {
  if (candidates.length === 0) return null;
  const weights = weightsFor(quote.exact.length);
  let bestIndex = 0;
  if (hint !== undefined) {
    for (let i = 1; i < candidates.length; i++) {
      if (Math.abs(candidates[i]!.start - hint) < Math.abs(candidates[bestIndex]!.start - hint)) bestIndex = i;
    }
  }
  let bestScore = scoreCandidate(text, candidates[bestIndex]!, quote, hint);
  // A bound a hair above the true one, so rounding never skips a candidate that ties or wins.
  const cannotReach = (bound: number): boolean => bound + 1e-9 < bestScore;
  // With others to compare, the sides are compiled once for all of them.
  const compiled = (side: string, table: Int32Array): Word | null => (candidates.length > 1 && side.length > 0 && side.length <= 32 ? compileWord(side, table) : null);
  const prefix = compiled(quote.prefix, prefixEqual);
  const suffix = compiled(quote.suffix, suffixEqual);
  for (let i = 0; i < candidates.length; i++) {
    if (i === bestIndex) continue;
    const c = candidates[i]!;
    const fixed = fixedPart(weights, text, c, hint);
    if (cannotReach(combined(weights, fixed, 1, 1))) continue;
    const prefixScore = sideScore(text, quote.prefix, Math.max(0, c.start - quote.prefix.length), c.start, c.start === 0, quote, false, prefix);
    if (cannotReach(combined(weights, fixed, prefixScore, 1))) continue;
    const suffixScore = sideScore(text, quote.suffix, c.end, Math.min(text.length, c.end + quote.suffix.length), c.end === text.length, quote, false, suffix);
    const score = combined(weights, fixed, prefixScore, suffixScore);
    if (score > bestScore || (score === bestScore && i < bestIndex)) {
      bestScore = score;
      bestIndex = i;
    }
  }
  if (prefix) releaseWord(prefix);
  if (suffix) releaseWord(suffix);
  const best = candidates[bestIndex]!;
  return { start: best.start, end: best.end, score: bestScore };
}

type Weights = { length: number; context: number; total: number };

function weightsFor(length: number): Weights {
  const context = CONTEXT_WEIGHT * Math.min(1, CONTEXT_REFERENCE_LENGTH / length);
  return { length, context, total: QUOTE_WEIGHT + 2 * context + POSITION_WEIGHT };
}

/** The quote's and the position's part of the raw score. */
function fixedPart({ length }: Weights, text: string, candidate: Candidate, hint: number | undefined): { quote: number; position: number } {
  const distance = hint === undefined ? 0 : Math.abs(candidate.start - hint);
  return { quote: Math.max(0, 1 - candidate.errors / length), position: 1 - Math.min(1, distance / text.length) };
}

function combined(weights: Weights, fixed: { quote: number; position: number }, prefixScore: number, suffixScore: number): number {
  const raw = QUOTE_WEIGHT * fixed.quote + weights.context * (prefixScore + suffixScore) + POSITION_WEIGHT * fixed.position;
  return raw / weights.total;
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
  const before = sideScore(text, quote.prefix, Math.max(0, start - quote.prefix.length), start, start === 0, quote, verbatim);
  const after = sideScore(text, quote.suffix, end, Math.min(text.length, end + quote.suffix.length), end === text.length, quote, verbatim);
  return [before, after];
}

/** One side's score: the stored `expected` (compiled as `word`, if given) against text[from, to). */
function sideScore(
  text: string,
  expected: string,
  from: number,
  to: number,
  atEdge: boolean,
  quote: TextQuoteSelector,
  verbatim: boolean,
  word: Word | null = null,
): number {
  // describeRange leaves a side empty only at an edge of the text, so an empty side says the
  // quote touched that edge; with both sides empty no context was recorded and any place fits.
  if (expected === '') return atEdge || (quote.prefix === '' && quote.suffix === '') ? 1 : 0;
  const actual = text.slice(from, to);
  const intact = actual === expected;
  if (verbatim || intact) return intact ? 1 : 0;
  // As similarity(actual, expected), with the compiled word.
  const similar = word === null ? similarity(actual, expected) : from === to ? 0 : 1 - scanWord(word, text, from, to) / expected.length;
  return Math.max(0, (similar - CHANCE_SIMILARITY) / (1 - CHANCE_SIMILARITY));
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
  const word = compileWord(expected, asciiEqual);
  const fewest = scanWord(word, actual, 0, actual.length);
  releaseWord(word);
  return fewest;
}

/** An `expected` of 1 to 32 characters compiled for Myers' search: bit i of a code's mask set where expected[i] is that code. */
interface Word {
  expected: string;
  equal: Int32Array;
  other: Map<number, number> | null;
}

/** Codes below 256 (nearly every character) index `table`, all zero; the rest a map made only when needed. */
function compileWord(expected: string, table: Int32Array): Word {
  let other: Map<number, number> | null = null;
  for (let i = 0; i < expected.length; i++) {
    const code = expected.charCodeAt(i);
    if (code < 256) table[code]! |= 1 << i;
    else (other ??= new Map()).set(code, (other.get(code) ?? 0) | (1 << i));
  }
  return { expected, equal: table, other };
}

/** Zeroes the word's table again for the next one. */
function releaseWord({ expected, equal }: Word): void {
  for (let i = 0; i < expected.length; i++) {
    const code = expected.charCodeAt(i);
    if (code < 256) equal[code] = 0;
  }
}

/** Fewest edits turning the word into a substring of text[from, to). */
function scanWord({ expected, equal, other }: Word, text: string, from: number, to: number): number {
  const m = expected.length;
  const last = 1 << (m - 1);
  // Vertical deltas of the column: all +1 (the first column is 0, 1, 2, ..., m).
  let positive = m === 32 ? -1 : (1 << m) - 1;
  let negative = 0;
  let score = m;
  let fewest = m;
  for (let j = from; j < to; j++) {
    const code = text.charCodeAt(j);
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
  return fewest;
}

/** Tables for codes below 256, all zero between uses: one for `similarity`, two for `bestScored`'s sides. */
const asciiEqual = new Int32Array(256);
const prefixEqual = new Int32Array(256);
const suffixEqual = new Int32Array(256);
