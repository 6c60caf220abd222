/**
 * A review session in the renderer: the queue from `flashcards.session`, reveal, rating and undo.
 * A rating shows the next card at once and is saved in order behind it; a failed save puts the
 * card back and says so, so no rating is silently lost.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Output } from '../../../electron/contract/contract';
import type { Rating, SessionCard } from '../../../electron/contract/flashcards-values';
import { api } from '../../api/client';

type Session = Output<'flashcards.session'>;
/** One rating made in this session, for the summary. */
export type Rated = { cardId: string; rating: Rating; durationMs: number };

export type ReviewState =
  | { phase: 'loading' }
  | { phase: 'failed'; message: string }
  | { phase: 'reviewing'; card: SessionCard; revealed: boolean; left: number; counts: { new: number; learning: number; review: number } }
  | { phase: 'done'; session: Session };

/** What is left in the queue, by kind: learning (and relearning), review, new. */
function countStates(queue: readonly SessionCard[]) {
  const counts = { new: 0, learning: 0, review: 0 };
  for (const card of queue) counts[card.state === 'relearning' ? 'learning' : card.state] += 1;
  return counts;
}

/** A session over one document's cards, or every document's when `documentId` is undefined. */
export function useReviewSession(documentId?: string) {
  const [queue, setQueue] = useState<SessionCard[] | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [rated, setRated] = useState<Rated[]>([]);
  const [startedAt] = useState(() => performance.now());
  const shownAt = useRef(0);
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  /** Shows a session from the service; `first` (an undone card) goes to the front. */
  const apply = useCallback((next: Session, first?: string) => {
    const ordered = first ? [...next.cards.filter((c) => c.id === first), ...next.cards.filter((c) => c.id !== first)] : next.cards;
    setSession(next);
    setQueue(ordered);
    setRevealed(false);
    shownAt.current = performance.now();
  }, []);
  const fail = useCallback((error: Error) => setFailure(error.message), []);
  // Ratings still being saved come first, so the new session counts them.
  const fetchSession = useCallback(() => saving.current.then(() => api['flashcards.session'](documentId === undefined ? {} : { documentId })), [documentId]);
  const load = useCallback((first?: string) => fetchSession().then((next) => apply(next, first), fail), [fetchSession, apply, fail]);

  useEffect(() => {
    let live = true;
    fetchSession().then((next) => live && apply(next), (error: Error) => live && fail(error));
    return () => {
      live = false;
    };
  }, [fetchSession, apply, fail]);

  const card = queue?.[0] ?? null;

  const reveal = useCallback(() => setRevealed(true), []);

  const rate = useCallback(
    (rating: Rating) => {
      if (!card || !revealed) return;
      const durationMs = Math.round(performance.now() - shownAt.current);
      setRated((list) => [...list, { cardId: card.id, rating, durationMs }]);
      const last = queue !== null && queue.length === 1;
      // The last card rated: fetch again, since learning cards ("Again") may be due within minutes.
      setQueue((list) => (last ? null : list ? list.slice(1) : list));
      setRevealed(false);
      setNotice(null);
      shownAt.current = performance.now();
      saving.current = saving.current.then(() =>
        api['reviews.record']({ cardId: card.id, rating, durationMs }).catch((error: Error) => {
          setRated((list) => list.filter((r) => !(r.cardId === card.id && r.rating === rating && r.durationMs === durationMs)));
          setQueue((list) => [card, ...(list ?? [])]);
          setNotice(`Your rating of the last card was not saved (${error.message}). The card is back in front of you.`);
        }),
      );
      if (last) void load();
    },
    [card, revealed, queue, load],
  );

  const undo = useCallback(async () => {
    await saving.current;
    try {
      const { cardId } = await api['reviews.undo']({});
      setRated((list) => list.slice(0, -1));
      setNotice('Last rating undone.');
      await load(cardId);
    } catch (error) {
      setNotice(error instanceof Error ? error.message : String(error));
    }
  }, [load]);

  /** Starts over: a fresh session from the service, the summary cleared. */
  const again = useCallback(() => {
    setRated([]);
    setQueue(null);
    void load();
  }, [load]);

  let state: ReviewState;
  if (failure) state = { phase: 'failed', message: failure };
  else if (!queue || !session) state = { phase: 'loading' };
  else if (card) state = { phase: 'reviewing', card, revealed, left: queue.length, counts: countStates(queue) };
  else state = { phase: 'done', session };

  return { state, reveal, rate, undo, again, reload: load, rated, notice, startedAt, canUndo: rated.length > 0 || (session?.canUndo ?? false) };
}
