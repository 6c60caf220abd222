/** Statistics from cards and the review log: states, reviews per day, true retention, forecast, streak. */
import type { CardView, DayCount, FlashcardStats, ReviewEntry } from '../../contract/flashcards-values';
import { addDays, dayKey } from './day';

/** Days shown in "reviews per day" and in the due forecast. */
export const STATS_DAYS = 30;

/** Counts per day for the `days` days starting at `from` (local days). */
function dayCounts(from: Date, days: number, keys: readonly string[]): DayCount[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return Array.from({ length: days }, (_, i) => {
    const day = dayKey(addDays(from, i));
    return { day, count: counts.get(day) ?? 0 };
  });
}

/** Consecutive days with at least one review, ending today (or yesterday, when today has none yet). */
export function streak(log: readonly ReviewEntry[], now: Date): number {
  const days = new Set(log.map((entry) => dayKey(new Date(entry.at))));
  const start = days.has(dayKey(now)) ? 0 : -1;
  let count = 0;
  while (days.has(dayKey(addDays(now, start - count)))) count += 1;
  return count;
}

/** Ids in the review log that no card of `cards` has: retired deck cards (a deleted user card takes its log with it). */
export function retiredCardIds(cards: readonly { id: string }[], log: readonly ReviewEntry[]): Set<string> {
  const live = new Set(cards.map((card) => card.id));
  return new Set(log.map((entry) => entry.cardId).filter((id) => !live.has(id)));
}

/**
 * The statistics screen's figures. True retention is Anki's: among ratings of cards that were in
 * review (not learning), the share not rated Again; it counts today's cards only, retired ones apart.
 */
export function computeStats(cards: readonly CardView[], log: readonly ReviewEntry[], now: Date): FlashcardStats {
  const retired = retiredCardIds(cards, log);
  const byState = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0 };
  for (const card of cards) {
    if (card.suspended) byState.suspended += 1;
    else byState[card.state] += 1;
  }
  const scheduled = cards.filter((card) => !card.suspended && card.due !== null);
  const today = dayKey(now);
  // Overdue cards count on today in the forecast: they are due now.
  const dueKeys = scheduled.map((card) => {
    const key = dayKey(new Date(card.due!));
    return key < today ? today : key;
  });
  const reviewed = log.filter((entry) => entry.before?.state === 2 && !retired.has(entry.cardId));
  const passed = reviewed.filter((entry) => entry.rating > 1).length;
  const logKeys = log.map((entry) => dayKey(new Date(entry.at)));
  return {
    byState,
    reviewsPerDay: dayCounts(addDays(now, -(STATS_DAYS - 1)), STATS_DAYS, logKeys),
    totalReviews: log.length,
    reviewsToday: logKeys.filter((key) => key === today).length,
    trueRetention: { reviews: reviewed.length, passed, rate: reviewed.length > 0 ? passed / reviewed.length : null },
    forecast: dayCounts(now, STATS_DAYS, dueKeys),
    dueNow: scheduled.filter((card) => Date.parse(card.due!) <= now.getTime()).length,
    streak: streak(log, now),
    retired: { cards: retired.size, reviews: log.filter((entry) => retired.has(entry.cardId)).length },
  };
}
