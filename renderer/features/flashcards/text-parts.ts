/** Presentation helpers for cards: cloze runs, word tokens of a quote, and times as people say them. */
import type { Gap } from '../../../electron/contract/flashcards-values';

/** A run of a cloze text: plain or a gap, with the gap's hint when it has one. */
export type ClozeRun = { text: string; gap: boolean; hint?: string | undefined };

/** The quote split into plain runs and gaps (gaps sorted, not overlapping, as the service stores them). */
export function clozeRuns(text: string, gaps: readonly Gap[]): ClozeRun[] {
  const runs: ClozeRun[] = [];
  let at = 0;
  for (const gap of [...gaps].sort((a, b) => a.start - b.start)) {
    if (gap.start > at) runs.push({ text: text.slice(at, gap.start), gap: false });
    runs.push({ text: text.slice(gap.start, gap.end), gap: true, hint: gap.hint });
    at = gap.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), gap: false });
  return runs;
}

/** A word of a quote with its offsets (punctuation around it stays outside). */
export type Word = { text: string; start: number; end: number };

/** The words of a quote, letters and digits with inner apostrophes, hyphens and dots. */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:[’'.\-–][\p{L}\p{N}]+)*/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Chosen words as gaps: neighbouring chosen words (only spaces between) merge into one gap. */
export function gapsFromWords(text: string, words: readonly Word[], chosen: ReadonlySet<number>): Gap[] {
  const gaps: Gap[] = [];
  words.forEach((word, index) => {
    if (!chosen.has(index)) return;
    const last = gaps.at(-1);
    if (last && chosen.has(index - 1) && text.slice(last.end, word.start).trim() === '') last.end = word.end;
    else gaps.push({ start: word.start, end: word.end });
  });
  return gaps;
}

/** A duration as "3h", "2d" (never "0m"). */
export function shortDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(hours / 24);
  return days < 60 ? `${days}d` : `${Math.round(days / 30)}mo`;
}

/** When something is due, relative to now: "now", "in 3h", "in 2d". */
export function dueIn(due: string | null, now: number): string {
  if (!due) return 'not yet studied';
  const ms = Date.parse(due) - now;
  return ms <= 0 ? 'now' : `in ${shortDuration(ms)}`;
}

/** Elapsed time as "4 min 05 s" or "45 s". */
export function elapsed(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} min ${String(seconds % 60).padStart(2, '0')} s` : `${seconds} s`;
}

/** The chosen word indexes with `index` flipped in or out (for the cloze word picker). */
export function toggleWord(chosen: ReadonlySet<number>, index: number): ReadonlySet<number> {
  const next = new Set(chosen);
  if (next.has(index)) next.delete(index);
  else next.add(index);
  return next;
}
