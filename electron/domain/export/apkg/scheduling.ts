/**
 * A card's FSRS progress as Anki's `cards` and `revlog` columns, so review history moves with the
 * cards (Anki recomputes FSRS memory states from the revlog; `data` carries the current ones).
 */
import type { CardProgress, FsrsSnapshot, ReviewEntry } from '../../../contract/flashcards-values';

const DAY_SECONDS = 86_400;

export interface AnkiCardState {
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  data: string;
}

/** Seconds since the epoch of an ISO time. */
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/**
 * Anki's columns for one card. `crt` is the collection's creation day (epoch seconds): review cards
 * are due on a day number counted from it; learning cards at an epoch second; new cards by position.
 */
export function ankiCardState(progress: CardProgress | undefined, position: number, crt: number, desiredRetention: number): AnkiCardState {
  const fsrs = progress?.fsrs ?? null;
  const suspended = progress?.suspended ?? false;
  const base: AnkiCardState = { type: 0, queue: 0, due: position, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: '{}' };
  if (fsrs === null || fsrs.state === 0) return { ...base, queue: suspended ? -1 : 0 };
  const memory = JSON.stringify({ s: round(fsrs.stability), d: round(fsrs.difficulty), dr: desiredRetention });
  const common = { reps: fsrs.reps, lapses: fsrs.lapses, factor: 2500, data: memory };
  if (fsrs.state === 2) {
    const due = Math.floor((seconds(fsrs.due) - crt) / DAY_SECONDS);
    return { ...base, ...common, type: 2, queue: suspended ? -1 : 2, due, ivl: Math.max(1, Math.round(fsrs.scheduled_days)) };
  }
  // Learning (1) or relearning (3): due within the day, one step left.
  return { ...base, ...common, type: fsrs.state, queue: suspended ? -1 : 1, due: seconds(fsrs.due), ivl: fsrs.state === 3 ? Math.max(1, Math.round(fsrs.scheduled_days)) : 0, left: 1 };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** An interval as the revlog writes it: days when positive, seconds (negated) for a step within the day. */
function revlogInterval(snapshot: FsrsSnapshot | null, at: string): number {
  if (snapshot === null || snapshot.state === 0) return 0;
  if (snapshot.state === 2 && snapshot.scheduled_days >= 1) return Math.round(snapshot.scheduled_days);
  return -Math.max(1, seconds(snapshot.due) - seconds(at));
}

export interface RevlogRow {
  id: number;
  cid: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}

/** One review as a `revlog` row; `id` is the review's time in ms (Anki's convention), made unique by the caller. */
export function revlogRow(entry: ReviewEntry, cardId: number): RevlogRow {
  const before = entry.before;
  // Revlog type: 0 learning, 1 review, 2 relearning — what the card was when it was rated.
  const type = before === null || before.state === 0 || before.state === 1 ? 0 : before.state === 2 ? 1 : 2;
  return {
    id: Date.parse(entry.at),
    cid: cardId,
    ease: entry.rating,
    ivl: revlogInterval(entry.after, entry.at),
    lastIvl: revlogInterval(entry.before, entry.before?.last_review ?? entry.at),
    factor: entry.after.state === 2 ? 2500 : 0,
    time: Math.min(entry.durationMs, 60_000),
    type,
  };
}
