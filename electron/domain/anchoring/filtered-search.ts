/**
 * approx-string-match's `search`, with the same answer, made cheap when a quote is nearly intact.
 *
 * Pigeonhole filter: a pattern matching with at most e edits, cut into e + 1 pieces, has at least
 * one piece intact in the match. So the exact occurrences of the pieces (plain indexOf) point at
 * every region where such a match can lie, and Myers' search runs only in those regions. Tried with
 * e = 1, 2, 4, ... up to maxErrors while the pieces stay long enough to be selective; when nothing is
 * found that way, the whole text is searched as before.
 */
import approxSearch from 'approx-string-match';
import type { Candidate } from './score-match';

/** Pieces shorter than this occur too often to narrow the search. */
const MIN_PIECE_LENGTH = 8;
/** Past this many regions, one pass over the whole text is as cheap. */
const MAX_REGIONS = 48;

type Region = { start: number; end: number };

/**
 * Every match of `pattern` in `text` with the fewest edits (at most `maxErrors`), start and end as
 * approx-string-match reports them: same matches, same order.
 */
export function filteredSearch(text: string, pattern: string, maxErrors: number): Candidate[] {
  const limit = Math.min(maxErrors, pattern.length);
  for (const errors of levels(limit)) {
    if (Math.floor(pattern.length / (errors + 1)) < MIN_PIECE_LENGTH) break;
    const regions = pieceRegions(text, pattern, errors);
    if (regions === null) break;
    const found = searchRegions(text, pattern, errors, regions);
    if (found.length > 0) return found;
    // No match within `limit` edits anywhere: what the whole search would say too.
    if (errors === limit) return [];
  }
  return approxSearch(text, pattern, limit);
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
function searchRegions(text: string, pattern: string, errors: number, regions: Region[]): Candidate[] {
  let fewest = Infinity;
  let found: Candidate[] = [];
  for (const region of regions) {
    for (const m of approxSearch(text.slice(region.start, region.end), pattern, errors)) {
      if (m.errors > fewest) continue;
      if (m.errors < fewest) {
        fewest = m.errors;
        found = [];
      }
      found.push({ start: region.start + m.start, end: region.start + m.end, errors: m.errors });
    }
  }
  return found;
}
