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
 *   all zero.
 * Codes from 256 up are looked up in `other`. Both directions share the rows.
 */
export interface CompiledPattern {
  length: number;
  bMax: number;
  words: Int32Array;
  other: Map<number, number> | null;
  peqAt: number;
}

/** The pattern and its reverse (for the starts), compiled once for every search of it. */
export interface Searcher {
  forward: CompiledPattern;
  backward: CompiledPattern;
}

function compile(pattern: string, spare: Int32Array | null): Searcher {
  const n = pattern.length;
  const bMax = Math.max(0, Math.ceil(n / W) - 1);
  const blocks = bMax + 1;
  let words = spare ?? new Int32Array(1024);
  words.fill(0, 0, ASCII);
  let other: Map<number, number> | null = null;
  let rows = 0;
  for (let idx = 0; idx < n; idx += 1) {
    const code = pattern.charCodeAt(idx);
    if (code < ASCII) {
      if (words[code] === 0) words[code] = ++rows;
    } else {
      other ??= new Map();
      if (!other.has(code)) other.set(code, ++rows);
    }
  }
  const rowsSize = (rows + 1) * blocks;
  const forwardAt = ASCII;
  const backwardAt = forwardAt + rowsSize;
  if (words.length < backwardAt + rowsSize) {
    const table = words.subarray(0, ASCII);
    words = new Int32Array(Math.max(backwardAt + rowsSize, 2 * words.length));
    words.set(table);
  }
  words.fill(0, forwardAt, backwardAt + rowsSize);
  for (let idx = 0; idx < n; idx += 1) {
    const code = pattern.charCodeAt(idx);
    const row = code < ASCII ? words[code]! : other!.get(code)!;
    const back = n - 1 - idx;
    words[forwardAt + row * blocks + (idx >> 5)]! |= 1 << (idx & 31);
    words[backwardAt + row * blocks + (back >> 5)]! |= 1 << (back & 31);
  }
  const compiled = (peqAt: number): CompiledPattern => ({ length: n, bMax, words, other, peqAt });
  return { forward: compiled(forwardAt), backward: compiled(backwardAt) };
}

const recent = new Map<string, Searcher>();
const RECENT = 8;

/** The searcher of `pattern`, reused for the last few patterns (a long quote's windows share one). */
export function searcherFor(pattern: string): Searcher {
  let searcher = recent.get(pattern);
  if (!searcher) {
    let spare: Int32Array | null = null;
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

// The search's working column, one word per block: vertical deltas (+1 in `plus`, -1 in `minus`)
// and the score of each block's last row. Shared: a search runs to its end before the next starts.
let plus = new Int32Array(64);
let minus = new Int32Array(64);
let scores = new Int32Array(64);

/**
 * Ends of the lowest-error matches in text[from, to) (scanned backwards from `to` when `backward`,
 * `end` then counting characters consumed), as approx-string-match's findMatchEnds reports them.
 * Its advanceBlock (Myers 1999, Fig. 8) is written out in the loop, branch-free as in the library.
 */
function matchEnds(text: string, from: number, to: number, p: CompiledPattern, maxErrorsIn: number, backward: boolean): End[] {
  if (p.length === 0) return [];
  let maxErrors = Math.min(maxErrorsIn, p.length);
  const { bMax, words, other, peqAt } = p;
  const blocks = bMax + 1;
  if (plus.length < blocks) [plus, minus, scores] = [new Int32Array(blocks), new Int32Array(blocks), new Int32Array(blocks)];
  const P = plus;
  const M = minus;
  const S = scores;
  // Bit of a block's last row: the top bit, but the pattern's last character in the last block.
  const lastShift = (p.length - 1) % W;
  const matches: End[] = [];
  let y = Math.max(0, Math.ceil(maxErrors / W) - 1);
  for (let b = 0; b <= y; b += 1) {
    S[b] = (b + 1) * W;
    P[b] = ~0;
    M[b] = 0;
  }
  S[bMax] = p.length;
  const count = to - from;
  const step = backward ? -1 : 1;
  let at = backward ? to - 1 : from;
  for (let k = 0; k < count; k += 1, at += step) {
    const code = text.charCodeAt(at);
    const row = peqAt + (code < ASCII ? words[code]! : (other?.get(code) ?? 0)) * blocks;
    let carry = 0;
    for (let b = 0; b <= y; b += 1) {
      const pV = P[b]!;
      const mV = M[b]!;
      const carryNegative = carry >>> 31;
      const eq = words[row + b]! | carryNegative;
      const xV = eq | mV;
      const xH = (((eq & pV) + pV) ^ pV) | eq;
      const pH = mV | ~(xH | pV);
      const mH = pV & xH;
      const shift = b === bMax ? lastShift : 31;
      const out = ((pH >>> shift) & 1) - ((mH >>> shift) & 1);
      const pHIn = (pH << 1) | ((carry + 1) >> 1);
      const mHIn = (mH << 1) | carryNegative;
      P[b] = mHIn | ~(xV | pHIn);
      M[b] = pHIn & xV;
      S[b]! += out;
      carry = out;
    }
    if (S[y]! - carry <= maxErrors && y < bMax && (words[row + y + 1]! & 1 || carry < 0)) {
      y += 1;
      P[y] = ~0;
      M[y] = 0;
      const remainder = p.length % W;
      const maxBlockScore = y === bMax ? (remainder === 0 ? W : remainder) : W;
      S[y] = S[y - 1]! + maxBlockScore - carry + advanceBlock(y, y === bMax ? lastShift : 31, words[row + y]!, carry);
    } else {
      while (y > 0 && S[y]! >= maxErrors + W) y -= 1;
    }
    const score = S[y]!;
    if (y === bMax && score <= maxErrors) {
      if (score < maxErrors) matches.length = 0;
      matches.push({ end: k + 1, errors: score });
      maxErrors = score;
    }
  }
  return matches;
}

// The loop's step for one block b, for the block a search newly takes in.
function advanceBlock(b: number, shift: number, peqB: number, hIn: number): number {
  const pV = plus[b]!;
  const mV = minus[b]!;
  const hInNegative = hIn >>> 31;
  const eq = peqB | hInNegative;
  const xV = eq | mV;
  const xH = (((eq & pV) + pV) ^ pV) | eq;
  const pH = mV | ~(xH | pV);
  const mH = pV & xH;
  const out = ((pH >>> shift) & 1) - ((mH >>> shift) & 1);
  const pHIn = (pH << 1) | ((hIn + 1) >> 1);
  const mHIn = (mH << 1) | hInNegative;
  plus[b] = mHIn | ~(xV | pHIn);
  minus[b] = pHIn & xV;
  return out;
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
