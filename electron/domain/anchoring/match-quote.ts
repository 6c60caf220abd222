/**
 * Finds a TextQuoteSelector in text: exact occurrences first, then a time-bounded approximate search
 * (approx-string-match), candidates ranked like Hypothesis's client does (see score-match.ts).
 */
import { filteredSearch } from './filtered-search';
import { occurrences, textIndex, type TextIndex } from './text-index';
import { type Candidate, bestScoreWithErrors, bestScored, hasIntactContext, mostErrorsScoring } from './score-match';
import type { TextQuoteSelector } from './types';

/** A place in the text where a quote was found; score is 0..1, 1 meaning quote and context intact. */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
  method: 'exact' | 'fuzzy';
}

/** Tuning for `matchQuote`; every field has a default suited to one article of a few thousand words. */
export interface MatchQuoteOptions {
  /** Where the quote used to start; breaks ties between equally good candidates. */
  hint?: number;
  /** Edits allowed by the fuzzy search; default min(256, floor(quote length / 4)). 0 disables it. */
  maxErrors?: number;
  /** Time budget for the whole call, checked before and during the fuzzy step. Default 100 ms. */
  deadlineMs?: number;
  /** Matches scoring below this are rejected. Default 0.7. */
  minScore?: number;
  /** Clock in milliseconds; injectable so tests can run out of time on purpose. */
  now?: () => number;
}

/** Below this, a match is more likely another passage than the annotated one (see score-match.ts). */
export const DEFAULT_MIN_SCORE = 0.7;
/** Generous next to the ~1 ms a fuzzy search takes on the article, so it only stops runaway cases. */
export const DEFAULT_DEADLINE_MS = 100;

// Myers' algorithm costs O(ceil(maxErrors / 32) * text length) plus O(quote length^2 / 32) per hit,
// so a long quote is not searched through the whole text: its head and tail (PROBE_LENGTH each) are,
// and the quote is then verified only in the windows those probes point at. On the ~5,300-character
// article both ways cost about the same (~0.2-1.5 ms) up to 2,000 characters; probing bounds the
// cost for longer texts. Quotes up to FULL_SEARCH_MAX_LENGTH are searched directly.
const FULL_SEARCH_MAX_LENGTH = 256;
const PROBE_LENGTH = 64;
const MAX_WINDOWS = 16;

type TextWindow = { start: number; end: number };

const systemClock = (): number => performance.now();

/**
 * Best place for `quote.exact` in `text`, or null when nothing scores at least `minScore`. An exact
 * occurrence with its context intact wins outright; otherwise exact occurrences and approximate
 * matches (searched only while the deadline has not passed) compete on score. An empty quote or
 * text never matches.
 */
export function matchQuote(
  text: string,
  quote: TextQuoteSelector,
  options: MatchQuoteOptions = {},
): QuoteMatch | null {
  const { exact } = quote;
  if (exact.length === 0 || text.length === 0) return null;
  const now = options.now ?? systemClock;
  const deadline = now() + (options.deadlineMs ?? DEFAULT_DEADLINE_MS);
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const hint = options.hint;

  const index = textIndex(text);
  const exactly = exactOccurrences(index, text, exact);
  // Fast path: an occurrence whose stored context is intact verbatim is the annotated passage unless
  // the passage was duplicated wholesale; the nearest such one to the hint wins.
  const intact = exactly.filter((s) => hasIntactContext(text, s, quote));
  if (intact.length > 0) return accept(bestScored(text, [nearest(intact, hint)], quote, hint), 'exact', minScore);
  let best = accept(bestScored(text, exactly, quote, hint), 'exact', minScore);

  // No exact occurrence, or only ones whose context changed: the latter may be a twin of a passage
  // that was itself edited, so approximate matches compete with them. approx-string-match reports
  // only the lowest-error matches, so the exact occurrences are masked out of the text it searches.
  const maxErrors = Math.floor(options.maxErrors ?? Math.min(256, exact.length / 4));
  if (maxErrors < 1 || now() > deadline) return best;
  // Every fuzzy match has at least one edit (exact occurrences are masked): none can outscore an
  // exact occurrence already at or above the best score one edit allows.
  if (best && best.score >= bestScoreWithErrors(exact.length, 1)) return best;
  // A match with more edits than it takes to score below the exact occurrence (or below minScore)
  // could not be chosen, so the search stops there (the windows of a long quote keep their width).
  const worth = Math.min(maxErrors, mostErrorsScoring(exact.length, best ? best.score : minScore));
  if (worth < 1) return best;
  const searched = exactly.length > 0 ? mask(text, exactly) : text;
  const candidates = fuzzyCandidates(index, searched, exact, { maxErrors, worth }, hint, () => now() > deadline);
  const fuzzy = accept(bestScored(text, candidates, quote, hint), 'fuzzy', minScore);
  if (fuzzy && (!best || fuzzy.score > best.score)) best = fuzzy;
  return best;
}

function accept(
  scored: Omit<QuoteMatch, 'method'> | null,
  method: QuoteMatch['method'],
  minScore: number,
): QuoteMatch | null {
  return scored && scored.score >= minScore ? { start: scored.start, end: scored.end, score: scored.score, method } : null;
}

/** The text with the given spans blanked out by NUL characters, so offsets are unchanged. */
function mask(text: string, spans: Candidate[]): string {
  let masked = '';
  let from = 0;
  for (const s of spans) {
    const start = Math.max(from, s.start);
    masked += text.slice(from, start) + '\0'.repeat(s.end - start);
    from = s.end;
  }
  return masked + text.slice(from);
}

function exactOccurrences(index: TextIndex | null, text: string, exact: string): Candidate[] {
  // Do the cheap exact look-up first; approx-string-match has no exact-match shortcut of its own.
  return occurrences(index, text, exact).map((at) => ({ start: at, end: at + exact.length, errors: 0 }));
}

function nearest(spans: Candidate[], hint: number | undefined): Candidate {
  if (hint === undefined) return spans[0]!;
  return spans.reduce((a, b) => (Math.abs(b.start - hint) < Math.abs(a.start - hint) ? b : a));
}

/**
 * Approximate matches: whole-text search for short quotes, probe-then-verify for long ones. `text`
 * is `index`'s text or its masked copy.
 */
function fuzzyCandidates(
  index: TextIndex | null,
  text: string,
  exact: string,
  { maxErrors, worth }: { maxErrors: number; worth: number },
  hint: number | undefined,
  outOfTime: () => boolean,
): Candidate[] {
  if (exact.length <= FULL_SEARCH_MAX_LENGTH) return filteredSearch(text, exact, worth, { hint, index });
  const candidates: Candidate[] = [];
  for (const w of candidateWindows(index, text, exact, maxErrors, hint)) {
    if (outOfTime()) break; // keep what was verified so far; the caller still scores it
    const scope = { hint: hint === undefined ? undefined : Math.max(w.start, hint), index, from: w.start, to: w.end };
    candidates.push(...filteredSearch(text, exact, worth, scope));
  }
  return candidates;
}

/**
 * Windows of the text where a long quote could lie, found from approximate hits of its head and
 * tail, merged when they overlap and ordered nearest-to-hint first (at most MAX_WINDOWS).
 */
function candidateWindows(index: TextIndex | null, text: string, exact: string, maxErrors: number, hint: number | undefined): TextWindow[] {
  const probeErrors = Math.floor(PROBE_LENGTH / 4);
  const heads = filteredSearch(text, exact.slice(0, PROBE_LENGTH), probeErrors, { index }).map((m) => m.start);
  const tails = filteredSearch(text, exact.slice(-PROBE_LENGTH), probeErrors, { index }).map((m) => m.end - exact.length);
  const starts = [...heads, ...tails].sort((a, b) => a - b);

  const windows: TextWindow[] = [];
  for (const s of starts) {
    const start = Math.max(0, s - maxErrors);
    const end = Math.min(text.length, s + exact.length + maxErrors);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  const distance = (w: TextWindow): number => (hint === undefined ? 0 : Math.abs(w.start + maxErrors - hint));
  return windows.sort((a, b) => distance(a) - distance(b)).slice(0, MAX_WINDOWS);
}
