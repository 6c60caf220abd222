/** Which cards a review session holds now: due learning and review cards, then today's new cards. */
import type { CardProgress, CardView, FlashcardSettings, ReviewEntry } from '../../contract/flashcards-values';
import type { CatalogCard } from './cards';
import { viewOf } from './cards';
import { dayKey } from './day';

/** When nothing else is left, learning steps due this soon count as due, so an "Again" card comes back within the session (Anki's learn-ahead). */
export const LEARN_AHEAD_MS = 20 * 60_000;

export type SessionPlan = {
  cards: CardView[];
  counts: { new: number; learning: number; review: number };
  nextDue: string | null;
  newLeftToday: number;
};

/** How many new cards were first rated on the local day of `now`. */
export function newIntroducedToday(log: readonly ReviewEntry[], now: Date): number {
  const today = dayKey(now);
  const cards = new Set<string>();
  for (const entry of log) {
    if ((entry.before === null || entry.before.state === 0) && dayKey(new Date(entry.at)) === today) cards.add(entry.cardId);
  }
  return cards.size;
}

/**
 * The session at `now`: due learning cards, due review cards (each by due time), then new cards up
 * to the daily limit, the user's own cards first (they chose them), then the deck in its order.
 */
export function planSession(
  catalog: readonly CatalogCard[],
  progress: Readonly<Record<string, CardProgress>>,
  log: readonly ReviewEntry[],
  settings: FlashcardSettings,
  now: Date,
): SessionPlan {
  const views = catalog.map((card) => viewOf(card, Object.hasOwn(progress, card.id) ? progress[card.id] : undefined));
  const active = views.filter((card) => !card.suspended);
  const started = active.filter((card) => card.due !== null);
  const byDue = (a: CardView, b: CardView) => Date.parse(a.due!) - Date.parse(b.due!);
  const dueBy = (card: CardView, limit: number) => Date.parse(card.due!) <= limit;
  const review = started.filter((card) => card.state === 'review' && dueBy(card, now.getTime())).sort(byDue);
  const newLeftToday = Math.max(0, settings.newPerDay - newIntroducedToday(log, now));
  const unseen = active.filter((card) => card.due === null);
  const fresh = [...unseen.filter((card) => card.origin === 'user'), ...unseen.filter((card) => card.origin === 'deck')].slice(0, newLeftToday);
  const learningDue = started.filter((card) => card.state !== 'review' && dueBy(card, now.getTime()));
  const nothingElse = learningDue.length + review.length + fresh.length === 0;
  const learning = (nothingElse ? started.filter((card) => card.state !== 'review' && dueBy(card, now.getTime() + LEARN_AHEAD_MS)) : learningDue).sort(byDue);
  const chosen = new Set([...learning, ...review].map((card) => card.id));
  const later = started.filter((card) => !chosen.has(card.id)).map((card) => Date.parse(card.due!));
  const nextDue = later.length > 0 ? new Date(Math.min(...later)).toISOString() : null;
  return {
    cards: [...learning, ...review, ...fresh],
    counts: { new: fresh.length, learning: learning.length, review: review.length },
    nextDue,
    newLeftToday,
  };
}

/**
 * Whether the latest log entry can be undone: its card still holds the state that rating produced,
 * and is still a card (`live`): undoing a retired card's rating would only erase its history.
 */
export function canUndo(log: readonly ReviewEntry[], progress: Readonly<Record<string, CardProgress>>, live?: ReadonlySet<string>): boolean {
  const last = log.at(-1);
  if (!last || !Object.hasOwn(progress, last.cardId)) return false;
  if (live && !live.has(last.cardId)) return false;
  const current = progress[last.cardId]?.fsrs;
  return current !== null && current !== undefined && current.due === last.after.due && current.reps === last.after.reps;
}
