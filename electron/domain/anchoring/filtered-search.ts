/**
 * approx-string-match's `search`, with the same answer, made cheap when a quote is nearly intact.
 *
 * Pigeonhole filter: a pattern matching with at most e edits, cut into e + 1 pieces, has at least
 * one piece intact in the match. So the exact occurrences of the pieces (plain indexOf) point at
 * every region where such a match can lie, and Myers' search runs only in those regions. Tried with
 * e = 1, 2, 4, ... up to maxErrors while the pieces stay long enough to be selective; when nothing is
 * found that way, the whole text is searched as before. The pattern's bit masks are built once for
 * all those searches (myers.ts).
 */
import { fewestErrorsIn, searchIn, searcherFor, type Searcher } from './myers';
import type { Candidate } from './score-match';

/** Pieces shorter than this occur too often to narrow the search. */
const MIN_PIECE_LENGTH = 8;
/** Past this many regions, one pass over the whole text is as cheap. */
const MAX_REGIONS = 48;

/** How far from its old start, and with how many edits, a passage is looked for first. */
const NEAR = 64;
const NEAR_ERRORS = 8;

type Region = { start: number; end: number };

/**
 * Every match of `pattern` in `text` with the fewest edits (at most `maxErrors`), start and end as
 * approx-string-match reports them: same matches, same order.
 */
export function filteredSearch(text: string, pattern: string, maxErrors: number, hint?: number): Candidate[] {
  const limit = Math.min(maxErrors, pattern.length);
  const searcher = searcherFor(pattern);
  // Near the old place first: the fewest edits there bound the fewest anywhere, so one level of the
  // filter (or a whole search at that bound) finds every best match, without trying lower levels.
  const near = hint === undefined ? -1 : fewestNear(text, searcher, pattern.length, limit, hint);
  for (const errors of near >= 0 ? [near] : levels(limit)) {
    if (Math.floor(pattern.length / (errors + 1)) < MIN_PIECE_LENGTH) break;
    const regions = pieceRegions(text, pattern, errors);
    if (regions === null) break;
    const found = searchRegions(text, searcher, errors, regions);
    if (found.length > 0) return found;
    // No match within `limit` edits anywhere: what the whole search would say too.
    if (errors === limit) return [];
  }
  return searchIn(text, 0, text.length, searcher, near >= 0 ? near : limit);
}

/**
 * Fewest edits of a match near `hint` (starting within NEAR characters of it), when that is at most
 * NEAR_ERRORS (a lightly edited passage that stayed about where it was); else -1. Kept small: a wide
 * window or a high bound would cost more than the levels it saves.
 */
function fewestNear(text: string, searcher: Searcher, length: number, limit: number, hint: number): number {
  const errors = Math.min(limit, NEAR_ERRORS);
  const from = Math.max(0, Math.min(text.length, hint) - NEAR - errors);
  const to = Math.min(text.length, hint + length + NEAR + errors);
  return fewestErrorsIn(text, from, to, searcher, errors);
}

/** 1, 2, 4, ... and finally `limit` itself. */
function levels(limit: number): number[] {
  const out: number[] = [];
  for (let errors = 1; errors < limit; errors *= 2) out.push(errors);
  if (limit >= 1) out.push(limit);
  return out;
}

/**
 * Regions that hold every match with at most `errors` edits, merged and in text order; null when
 * the pieces occur so often that the filter would not pay.
 */
function pieceRegions(text: string, pattern: string, errors: number): Region[] | null {
  const pieceLength = Math.floor(pattern.length / (errors + 1));
  // Room for the edits before the piece and for the search of the match's start (end - length - errors).
  const margin = 3 * errors + 2;
  const spans: Region[] = [];
  for (let piece = 0; piece <= errors; piece += 1) {
    const offset = piece * pieceLength;
    const length = piece === errors ? pattern.length - offset : pieceLength;
    const needle = pattern.slice(offset, offset + length);
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      if (spans.length >= MAX_REGIONS * 4) return null;
      const start = at - offset;
      spans.push({ start: Math.max(0, start - margin), end: Math.min(text.length, start + pattern.length + margin) });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Region[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.length > MAX_REGIONS ? null : merged;
}

/** Matches with the fewest edits across the regions (each region's search keeps only its own fewest). */
function searchRegions(text: string, searcher: Searcher, errors: number, regions: Region[]): Candidate[] {
  let fewest = Infinity;
  let found: Candidate[] = [];
  for (const region of regions) {
    for (const m of searchIn(text, region.start, region.end, searcher, errors)) {
      if (m.errors > fewest) continue;
      if (m.errors < fewest) {
        fewest = m.errors;
        found = [];
      }
      found.push(m);
    }
  }
  return found;
}
