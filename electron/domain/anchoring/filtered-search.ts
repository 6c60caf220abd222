/**
 * approx-string-match's `search`, with the same answer, made cheap when a quote is nearly intact.
 *
 * Pigeonhole filter: a pattern matching with at most e edits, cut into e + 1 pieces, has at least
 * one piece intact in the match. So the exact occurrences of the pieces (text-index.ts) point at
 * every region where such a match can lie, and Myers' search runs only in those regions. The level
 * e comes from a bound on the fewest edits (an alignment around a verbatim piece, edit-bound.ts, or a
 * search near the old place); without one, e = 1, 2, 4, ... up to maxErrors while the pieces stay
 * long enough to be selective; when nothing is found that way, the whole text is searched as before.
 * The pattern's bit masks are built once for all those searches (myers.ts).
 */
import { alignmentEdits } from './edit-bound';
import { fewestErrorsIn, searchIn, searcherFor, type Searcher } from './myers';
import type { Candidate } from './score-match';
import { occurrences, textIndex, type TextIndex } from './text-index';

/** Pieces shorter than this occur too often to narrow the search. */
const MIN_PIECE_LENGTH = 8;
/** Past this many regions, one pass over the whole text is as cheap. */
const MAX_REGIONS = 48;

/** How far from its old start, and with how many edits, a passage is looked for first. */
const NEAR = 64;
const NEAR_ERRORS = 8;

type Region = { start: number; end: number };

/**
 * Where and how a search looks: `text[from, to)` only (what a search of that slice would give,
 * offsets in `text`), `hint` the quote's old start, `index` the index of `text` or of the text
 * `text` is a NUL-masked copy of (see text-index.ts; null: none yet; by default `text`'s own).
 */
export interface SearchScope {
  hint?: number | undefined;
  index?: TextIndex | null;
  from?: number;
  to?: number;
}

type Scope = { text: string; index: TextIndex | null; from: number; to: number; searcher: Searcher };

/**
 * Every match of `pattern` in `text` with the fewest edits (at most `maxErrors`), start and end as
 * approx-string-match reports them: same matches, same order.
 */
export function filteredSearch(text: string, pattern: string, maxErrors: number, scope: SearchScope = {}): Candidate[] {
  const limit = Math.min(maxErrors, pattern.length);
  const { hint, from = 0, to = text.length } = scope;
  const index = scope.index !== undefined ? scope.index : textIndex(text);
  const at: Scope = { text, index, from, to, searcher: searcherFor(pattern) };
  // A bound on the fewest edits anywhere picks the one level of the filter that finds every best
  // match: from an alignment grown around a verbatim piece (cheap), else from a search near the old
  // place (a lightly edited passage that stayed about where it was).
  let bound = alignmentEdits(at.index, text, pattern, from, to, hint, limit);
  if (bound > limit) bound = -1;
  if ((bound < 0 || !selective(pattern, bound)) && hint !== undefined) {
    const near = fewestNear(at, pattern.length, limit, hint);
    if (near >= 0 && (bound < 0 || near < bound)) bound = near;
  }
  // With a bound, matches exist within it and none are missed below it; without one, `limit` plays
  // its part and the levels 1, 2, 4, ... look for the fewest.
  const top = bound >= 0 ? bound : limit;
  for (const errors of bound >= 0 && selective(pattern, bound) ? [bound] : levels(top)) {
    const found = searchAtLevel(at, pattern, errors);
    if (found === null) break;
    if (found.length > 0) return found;
    // No match within `top` edits anywhere: what the whole search would say too.
    if (errors === top) return [];
  }
  return searchIn(text, from, to, at.searcher, top);
}

function selective(pattern: string, errors: number): boolean {
  return Math.floor(pattern.length / (errors + 1)) >= MIN_PIECE_LENGTH;
}

/** The filter at one level: every best match with at most `errors` edits; null when it would not pay. */
function searchAtLevel(at: Scope, pattern: string, errors: number): Candidate[] | null {
  if (!selective(pattern, errors)) return null;
  const regions = pieceRegions(at, pattern, errors);
  return regions === null ? null : searchRegions(at, errors, regions);
}

/**
 * Fewest edits of a match near `hint` (starting within NEAR characters of it), when that is at most
 * NEAR_ERRORS; else -1. Kept small: a wide window or a high bound would cost more than it saves.
 */
function fewestNear({ text, from: lo, to: hi, searcher }: Scope, length: number, limit: number, hint: number): number {
  const errors = Math.min(limit, NEAR_ERRORS);
  const from = Math.max(lo, Math.min(hi, hint) - NEAR - errors);
  const to = Math.min(hi, Math.max(from, hint + length + NEAR + errors));
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
function pieceRegions({ text, index, from, to }: Scope, pattern: string, errors: number): Region[] | null {
  const pieceLength = Math.floor(pattern.length / (errors + 1));
  // Room for the edits before the piece and for the search of the match's start (end - length - errors).
  const margin = 3 * errors + 2;
  const spans: Region[] = [];
  for (let piece = 0; piece <= errors; piece += 1) {
    const offset = piece * pieceLength;
    const length = piece === errors ? pattern.length - offset : pieceLength;
    const hits = occurrences(index, text, pattern.slice(offset, offset + length), from, to);
    if (spans.length + hits.length > MAX_REGIONS * 4) return null;
    for (const hit of hits) {
      const start = hit - offset;
      spans.push({ start: Math.max(from, start - margin), end: Math.min(to, start + pattern.length + margin) });
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
function searchRegions({ text, searcher }: Scope, errors: number, regions: Region[]): Candidate[] {
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
