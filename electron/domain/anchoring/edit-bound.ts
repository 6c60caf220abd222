/**
 * A cheap upper bound on the fewest edits of any match of a pattern: the edits of one alignment,
 * grown greedily from a piece of the pattern that occurs verbatim. It tells the pigeonhole filter
 * which level to search at, in time proportional to the pattern (a Myers search near the old place
 * did the same at the cost of a third of anchoring's worst case). Any alignment's edit count is a
 * true bound, so a poor choice only makes the filter less selective, never wrong.
 */
import { GRAM, bucketAt, type TextIndex } from './text-index';

/** Pieces of the pattern looked up, spread over it: enough to outvote a repeated phrase. */
const SEED_SAMPLES = 6;
/** Pieces occurring more often than this are too common to point at the passage. */
const MAX_SEED_HITS = 8;
/** After an edit, the alignment takes the cheapest step followed by this many matching characters. */
const RUN = 4;
/** Longest insertion or deletion tried as one step. */
const MAX_GAP = 32;

/**
 * Edits of an alignment of `pattern` with some substring of `text[from, to)`, or -1 when no
 * GRAM-character piece of the pattern occurs there (or only too often, or the text has no index
 * yet). The seed is the piece occurrence on the diagonal most pieces agree on, the one nearest
 * `hint` among equals. Stops counting past `cap` (then cap + 1).
 */
export function alignmentEdits(index: TextIndex | null, text: string, pattern: string, from: number, to: number, hint: number | undefined, cap: number): number {
  const seed = index === null ? null : bestSeed(index, text, pattern, from, to, hint);
  if (seed === null) return -1;
  const right = extend(text, pattern, seed.offset + GRAM, seed.at + GRAM, 1, from, to, cap);
  if (right > cap) return cap + 1;
  return Math.min(cap + 1, right + extend(text, pattern, seed.offset - 1, seed.at - 1, -1, from, to, cap - right));
}

type Seed = { offset: number; at: number; votes: number };

function bestSeed(index: TextIndex, text: string, pattern: string, from: number, to: number, hint: number | undefined): Seed | null {
  const seeds: Seed[] = [];
  const last = pattern.length - GRAM;
  if (last < 0) return null;
  const samples = Math.min(SEED_SAMPLES, Math.floor(pattern.length / GRAM));
  for (let sample = 0; sample < samples; sample += 1) {
    const offset = samples === 1 ? 0 : Math.round((sample * last) / (samples - 1));
    const bucket = bucketAt(index, pattern, offset);
    const begin = index.heads[bucket]!;
    const end = index.heads[bucket + 1]!;
    if (end - begin > MAX_SEED_HITS) continue;
    for (let k = begin; k < end; k += 1) {
      const at = index.positions[k]!;
      if (at < from || at + GRAM > to || !sameGram(text, at, pattern, offset)) continue;
      const diagonal = at - offset;
      const known = seeds.find((s) => Math.abs(s.at - s.offset - diagonal) <= MAX_GAP);
      if (known) known.votes += 1;
      else seeds.push({ offset, at, votes: 1 });
    }
  }
  let best: Seed | null = null;
  const distance = (s: Seed): number => (hint === undefined ? 0 : Math.abs(s.at - s.offset - hint));
  for (const s of seeds) {
    if (!best || s.votes > best.votes || (s.votes === best.votes && distance(s) < distance(best))) best = s;
  }
  return best;
}

function sameGram(text: string, at: number, pattern: string, offset: number): boolean {
  for (let i = 0; i < GRAM; i += 1) if (text.charCodeAt(at + i) !== pattern.charCodeAt(offset + i)) return false;
  return true;
}

/**
 * Edits aligning the rest of the pattern from `i` on (backwards when `dir` is -1) with the text
 * from `j` on, the text's side free to end anywhere in [from, to). After a mismatch: the cheapest
 * of a substitution, or a deletion or insertion of up to MAX_GAP characters, that is followed by RUN
 * matching characters (or the pattern's end); when none is, a substitution.
 */
function extend(text: string, pattern: string, i: number, j: number, dir: 1 | -1, from: number, to: number, cap: number): number {
  // One past the last index in the direction of travel.
  const iStop = dir === 1 ? pattern.length : -1;
  const jStop = dir === 1 ? to : from - 1;
  const run = (x: number, y: number): number => {
    if (dir === 1 ? x > iStop || y > jStop : x < iStop || y < jStop) return 0;
    let n = 0;
    while (n < RUN && x !== iStop && y !== jStop && pattern.charCodeAt(x) === text.charCodeAt(y)) {
      x += dir;
      y += dir;
      n += 1;
    }
    return n === RUN || x === iStop ? RUN : n;
  };
  let edits = 0;
  for (;;) {
    while (i !== iStop && j !== jStop && pattern.charCodeAt(i) === text.charCodeAt(j)) {
      i += dir;
      j += dir;
    }
    if (i === iStop) return edits;
    if (j === jStop) return edits + (dir === 1 ? pattern.length - i : i + 1);
    if (edits >= cap) return cap + 1;
    const gap = run(i + dir, j + dir) === RUN ? 0 : gapAfter(run, i, j, dir);
    if (gap > 0) {
      edits += gap;
      i += gap * dir;
    } else if (gap < 0) {
      edits -= gap;
      j -= gap * dir;
    } else {
      edits += 1;
      i += dir;
      j += dir;
    }
  }
}

/** The shortest deletion (> 0: pattern characters skipped) or insertion (< 0: text characters skipped) followed by a run; 0 for none. */
function gapAfter(run: (x: number, y: number) => number, i: number, j: number, dir: 1 | -1): number {
  for (let gap = 1; gap <= MAX_GAP; gap += 1) {
    if (run(i + gap * dir, j) === RUN) return gap;
    if (run(i, j + gap * dir) === RUN) return -gap;
  }
  return 0;
}
