/**
 * The wiring between Lectern's stored card state and ts-fsrs: every schedule comes from ts-fsrs
 * (fuzz off, so a rating's outcome is reproducible); this module only converts and formats.
 */
import { createEmptyCard, fsrs, generatorParameters, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { FsrsSnapshot, Rating, RatingPreview } from '../../contract/flashcards-values';

const schedulers = new Map<number, FSRS>();

/** The ts-fsrs scheduler for a desired retention (learning steps 1m, 10m; relearning 10m). */
export function schedulerFor(desiredRetention: number): FSRS {
  let found = schedulers.get(desiredRetention);
  if (!found) {
    found = fsrs(generatorParameters({ request_retention: desiredRetention, enable_fuzz: false }));
    schedulers.set(desiredRetention, found);
  }
  return found;
}

/** A ts-fsrs Card as stored: dates become ISO strings. */
export function toSnapshot(card: Card): FsrsSnapshot {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as FsrsSnapshot['state'],
    last_review: card.last_review ? card.last_review.toISOString() : null,
  };
}

/** The stored state back as a ts-fsrs Card; `null` (never reviewed) is a new card due now. */
export function toCard(snapshot: FsrsSnapshot | null, now: Date): Card {
  if (!snapshot) return createEmptyCard(now);
  const { due, last_review, ...rest } = snapshot;
  return { ...rest, due: new Date(due), ...(last_review ? { last_review: new Date(last_review) } : {}) };
}

/** The card's state after a rating now, exactly as ts-fsrs's `next` computes it. */
export function rate(snapshot: FsrsSnapshot | null, rating: Rating, now: Date, desiredRetention: number): FsrsSnapshot {
  const { card } = schedulerFor(desiredRetention).next(toCard(snapshot, now), now, rating as Grade);
  return toSnapshot(card);
}

/** What each of the four ratings would do now (ts-fsrs `repeat`), with intervals as people read them. */
export function previewRatings(snapshot: FsrsSnapshot | null, now: Date, desiredRetention: number): RatingPreview[] {
  const preview = schedulerFor(desiredRetention).repeat(toCard(snapshot, now), now);
  return ([1, 2, 3, 4] as const).map((rating) => {
    const due = preview[rating as Grade].card.due;
    return { rating, due: due.toISOString(), interval: formatInterval(due.getTime() - now.getTime()) };
  });
}

/** A card's progress forgotten (ts-fsrs `forget`, counts reset): new again, due now. */
export function forgetCard(snapshot: FsrsSnapshot | null, now: Date, desiredRetention: number): FsrsSnapshot {
  return toSnapshot(schedulerFor(desiredRetention).forget(toCard(snapshot, now), now, true).card);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration as a short label: "1m", "10m", "3h", "2d", "3mo", "1.5y" (never "0m"). */
export function formatInterval(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  const years = Math.round((days / 365) * 10) / 10;
  return `${years}y`;
}
