/**
 * approx-string-match 2.0.0's search (Myers' bit-parallel algorithm, MIT licence), with the pattern
 * compiled once and the text searched in place between two offsets. The library rebuilds the
 * pattern's bit masks (one pass over the pattern per distinct character, and a 256-entry table) on
 * every call, and again for the reversed pattern at every match to find its start, and it slices and
 * reverses the text for that; the anchoring filter calls it for many small regions of one text with
 * the same quote, so that set-up was most of anchoring's worst case. The steps and the order of the
 * matches are the library's own (filtered-search.test.ts compares the two on edited passages).
 */
import type { Candidate } from './score-match';

const W = 32;
const ASCII = 256;

/**
 * A pattern and its reverse compiled into one typed array (allocating typed arrays, not filling
 * them, was most of the cost for quotes of a few hundred characters, so a buffer is reused once
 * its pattern leaves the cache):
 * - `[0, 256)`: for each character code below 256, its row (0: not in the pattern);
 * - from `peqAt`: row i's bit masks, `blocks` words (bit r of word b set where the pattern's
 *   character b * 32 + r is row i's character, read backwards for the reversed pattern); row 0 is
 *   all zero;
 * - from `pAt`, `mAt`, `scoreAt`, `lastRowAt`: the search's working columns, `blocks` words each
 *   (a search runs to its end before the next one on the same buffer starts).
 * Codes from 256 up are looked up in `other`. Both directions share the rows and the columns.
 */
export interface CompiledPattern {
  length: number;
  bMax: number;
  words: Uint32Array;
  other: Map<number, number> | null;
  peqAt: number;
  pAt: number;
  mAt: number;
  scoreAt: number;
  lastRowAt: number;
}

/** The pattern and its reverse (for the starts), compiled once for every search of it. */
export interface Searcher {
  forward: CompiledPattern;
  backward: CompiledPattern;
}

// compile's table of rows by character code, zero between calls.
const rowScratch = new Uint16Array(ASCII);

function compile(pattern: string, spare: Uint32Array | null): Searcher {
  const n = pattern.length;
  const bMax = Math.max(0, Math.ceil(n / W) - 1);
  const blocks = bMax + 1;
  let other: Map<number, number> | null = null;
  const seen = rowScratch;
  let rows = 0;
  for (let idx = 0; idx < n; idx += 1) {
    const code = pattern.charCodeAt(idx);
    if (code < ASCII) {
      if (seen[code] === 0) seen[code] = ++rows;
    } else {
      other ??= new Map();
      if (!other.has(code)) other.set(code, ++rows);
    }
  }
  const rowsSize = (rows + 1) * blocks;
  const forwardAt = ASCII;
  const backwardAt = forwardAt + rowsSize;
  const pAt = backwardAt + rowsSize;
  const mAt = pAt + blocks;
  const scoreAt = mAt + blocks;
  const lastRowAt = scoreAt + blocks;
  const size = lastRowAt + blocks;
  const words = spare !== null && spare.length >= size ? spare : new Uint32Array(Math.max(size, 1024));
  words.set(seen);
  words.fill(0, forwardAt, pAt);
  for (let idx = 0; idx < n; idx += 1) {
    const code = pattern.charCodeAt(idx);
    const row = code < ASCII ? seen[code]! : other!.get(code)!;
    const back = n - 1 - idx;
    words[forwardAt + row * blocks + (idx >> 5)]! |= 1 << (idx & 31);
    words[backwardAt + row * blocks + (back >> 5)]! |= 1 << (back & 31);
  }
  seen.fill(0);
  words.fill(1 << 31, lastRowAt, lastRowAt + blocks);
  words[lastRowAt + bMax] = 1 << (n - 1) % W;
  const compiled = (peqAt: number): CompiledPattern => ({ length: n, bMax, words, other, peqAt, pAt, mAt, scoreAt, lastRowAt });
  return { forward: compiled(forwardAt), backward: compiled(backwardAt) };
}

const recent = new Map<string, Searcher>();
const RECENT = 8;

/** The searcher of `pattern`, reused for the last few patterns (a long quote's windows share one). */
export function searcherFor(pattern: string): Searcher {
  let searcher = recent.get(pattern);
  if (!searcher) {
    let spare: Uint32Array | null = null;
    if (recent.size >= RECENT) {
      const [oldest, evicted] = recent.entries().next().value!;
      recent.delete(oldest);
      spare = evicted.forward.words;
    }
    searcher = compile(pattern, spare);
    recent.set(pattern, searcher);
  }
  return searcher;
}

type End = { end: number; errors: number };

/**
 * Ends of the lowest-error matches in text[from, to) (scanned backwards from `to` when `backward`,
 * `end` then counting characters consumed), as approx-string-match's findMatchEnds reports them.
 */
function matchEnds(text: string, from: number, to: number, p: CompiledPattern, maxErrorsIn: number, backward: boolean): End[] {
  if (p.length === 0) return [];
  let maxErrors = Math.min(maxErrorsIn, p.length);
  const { bMax, words, other, peqAt, pAt, mAt, scoreAt, lastRowAt } = p;
  const blocks = bMax + 1;
  const matches: End[] = [];
  let y = Math.max(0, Math.ceil(maxErrors / W) - 1);
  for (let b = 0; b <= y; b += 1) words[scoreAt + b] = (b + 1) * W;
  words[scoreAt + bMax] = p.length;
  for (let b = 0; b <= y; b += 1) {
    words[pAt + b] = ~0;
    words[mAt + b] = 0;
  }
  const count = to - from;
  for (let k = 0; k < count; k += 1) {
    const code = text.charCodeAt(backward ? to - 1 - k : from + k);
    const row = peqAt + (code < ASCII ? words[code]! : (other?.get(code) ?? 0)) * blocks;
    let carry = 0;
    for (let b = 0; b <= y; b += 1) {
      carry = advanceBlock(words, pAt + b, mAt + b, words[lastRowAt + b]!, words[row + b]!, carry);
      words[scoreAt + b]! += carry;
    }
    if (words[scoreAt + y]! - carry <= maxErrors && y < bMax && (words[row + y + 1]! & 1 || carry < 0)) {
      y += 1;
      words[pAt + y] = ~0;
      words[mAt + y] = 0;
      const remainder = p.length % W;
      const maxBlockScore = y === bMax ? (remainder === 0 ? W : remainder) : W;
      words[scoreAt + y] = words[scoreAt + y - 1]! + maxBlockScore - carry + advanceBlock(words, pAt + y, mAt + y, words[lastRowAt + y]!, words[row + y]!, carry);
    } else {
      while (y > 0 && words[scoreAt + y]! >= maxErrors + W) y -= 1;
    }
    const score = words[scoreAt + y]!;
    if (y === bMax && score <= maxErrors) {
      if (score < maxErrors) matches.length = 0;
      matches.push({ end: k + 1, errors: score });
      maxErrors = score;
    }
  }
  return matches;
}

// One block of one column (Myers 1999, Fig. 8), branch-free as in the library; the block's vertical
// deltas are words[pAt] and words[mAt].
function advanceBlock(words: Uint32Array, pAt: number, mAt: number, lastRowMask: number, peqB: number, hIn: number): number {
  let pV = words[pAt]!;
  let mV = words[mAt]!;
  const hInIsNegative = hIn >>> 31;
  const eq = peqB | hInIsNegative;
  const xV = eq | mV;
  const xH = (((eq & pV) + pV) ^ pV) | eq;
  let pH = mV | ~(xH | pV);
  let mH = pV & xH;
  const hOut = oneIfNotZero(pH & lastRowMask) - oneIfNotZero(mH & lastRowMask);
  pH <<= 1;
  mH <<= 1;
  mH |= hInIsNegative;
  pH |= oneIfNotZero(hIn) - hInIsNegative;
  pV = mH | ~(xV | pH);
  mV = pH & xV;
  words[pAt] = pV;
  words[mAt] = mV;
  return hOut;
}

function oneIfNotZero(n: number): number {
  return ((n | -n) >> 31) & 1;
}

/**
 * approx-string-match's `search(text.slice(from, to), pattern, maxErrors)`, offsets in `text`: the
 * lowest-error matches, each starting where the longest match with the same error count starts.
 */
export function searchIn(text: string, from: number, to: number, searcher: Searcher, maxErrors: number): Candidate[] {
  const { forward, backward } = searcher;
  return matchEnds(text, from, to, forward, maxErrors, false).map((m) => {
    const end = from + m.end;
    const minStart = Math.max(from, end - forward.length - m.errors);
    let start = end;
    for (const r of matchEnds(text, minStart, end, backward, m.errors, true)) start = Math.min(start, end - r.end);
    return { start, end, errors: m.errors };
  });
}

/** The fewest edits of any match in text[from, to) (ends only, no starts); -1 when none has at most `maxErrors`. */
export function fewestErrorsIn(text: string, from: number, to: number, searcher: Searcher, maxErrors: number): number {
  const ends = matchEnds(text, from, to, searcher.forward, maxErrors, false);
  return ends.length === 0 ? -1 : ends[0]!.errors;
}
