/**
 * Where a string occurs in a text, from an index of the text's 8-character pieces built once and
 * shared by every search of that text. Re-anchoring 1,000 highlights looks up ~4 strings per
 * highlight (the quote, the filter's pieces, the seeds of the bound); with `indexOf` each look-up
 * scanned the whole text, which was a sixth of anchoring's worst case on the 5,300-character
 * article, and would be most of it on a book.
 */

/** Length of the indexed pieces: the fuzzy filter never looks for anything shorter than this. */
export const GRAM = 8;

/**
 * Every position of `text` (up to its last GRAM characters) grouped by a hash of the GRAM
 * characters starting there: `positions[heads[b], heads[b + 1])` holds bucket b's positions in
 * text order. Different pieces may share a bucket; a look-up checks the characters.
 */
export interface TextIndex {
  text: string;
  bits: number;
  heads: Int32Array;
  positions: Int32Array;
}

const BASE = 0x01000193;
const MIX = 0x9e3779b1;
// BASE ** (GRAM - 1), modulo 2 ** 32: what the character leaving the rolling hash contributed.
let OUTGOING = 1;
for (let i = 1; i < GRAM; i += 1) OUTGOING = Math.imul(OUTGOING, BASE);

/** Texts up to this length are indexed at once (well under a millisecond); longer ones when searched again. */
const INDEX_AT_ONCE = 50_000;

let last: TextIndex | null = null;
let seenOnce: string | null = null;

/**
 * The index of `text`, kept for the next calls on the same text (one text at a time: re-anchoring
 * goes through one document's highlights). A long text is indexed only when searched a second time,
 * so that a single search of a book (a reading place moved to a new version) does not pay for it;
 * until then null, and look-ups scan the text.
 */
export function textIndex(text: string): TextIndex | null {
  if (last?.text === text) return last;
  if (text.length > INDEX_AT_ONCE && seenOnce !== text) {
    seenOnce = text;
    return null;
  }
  seenOnce = null;
  last = buildIndex(text);
  return last;
}

function buildIndex(text: string): TextIndex {
  const count = Math.max(0, text.length - GRAM + 1);
  const bits = Math.min(22, Math.max(4, Math.ceil(Math.log2(count + 1))));
  const hashes = new Int32Array(count);
  let h = 0;
  for (let i = 0; i < Math.min(GRAM, text.length); i += 1) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  for (let i = 0; i < count; i += 1) {
    hashes[i] = bucketOf(h, bits);
    if (i + GRAM < text.length) h = (Math.imul(h - Math.imul(text.charCodeAt(i), OUTGOING), BASE) + text.charCodeAt(i + GRAM)) | 0;
  }
  // Counting sort by bucket keeps each bucket's positions in text order.
  const heads = new Int32Array((1 << bits) + 1);
  for (let i = 0; i < count; i += 1) heads[hashes[i]! + 1]! += 1;
  for (let b = 1; b < heads.length; b += 1) heads[b]! += heads[b - 1]!;
  const positions = new Int32Array(count);
  const fill = heads.slice(0, -1);
  for (let i = 0; i < count; i += 1) positions[fill[hashes[i]!]!++] = i;
  return { text, bits, heads, positions };
}

function bucketOf(hash: number, bits: number): number {
  return Math.imul(hash, MIX) >>> (32 - bits);
}

/** The bucket of the GRAM characters of `s` from `at` (at least GRAM of them). */
export function bucketAt(index: TextIndex, s: string, at: number): number {
  let h = 0;
  for (let i = at; i < at + GRAM; i += 1) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return bucketOf(h, index.bits);
}

/**
 * Start of every occurrence of `needle` in `subject` within [from, to), in text order (overlapping
 * ones too), as repeated `indexOf` would find them. `subject` is the indexed text or a copy of it
 * with some characters replaced by NUL (the exact occurrences a fuzzy search must not see): a needle
 * without NUL occurs in such a copy only where it occurs in the indexed text. Without an index,
 * the subject is scanned.
 */
export function occurrences(index: TextIndex | null, subject: string, needle: string, from = 0, to = subject.length): number[] {
  const found: number[] = [];
  if (index === null || needle.length < GRAM || needle.includes('\0')) {
    const last = to - needle.length;
    for (let at = subject.indexOf(needle, from); at !== -1 && at <= last; at = subject.indexOf(needle, at + 1)) found.push(at);
    return found;
  }
  const bucket = bucketAt(index, needle, 0);
  const { heads, positions } = index;
  const last = to - needle.length;
  for (let k = heads[bucket]!; k < heads[bucket + 1]!; k += 1) {
    const at = positions[k]!;
    if (at >= from && at <= last && subject.startsWith(needle, at)) found.push(at);
  }
  return found;
}
