import { useCallback, useEffect, useState } from 'react';
import type { CardStateName, CardView } from '../../../electron/contract/flashcards-values';
import { api } from '../../api/client';

export type StateFilter = CardStateName | 'suspended' | '';

/**
 * The card browser's list for a filter and a deck (a document's id, undefined for all, null while
 * the deck is not known yet), reloaded when either changes or a card changes.
 */
export function useCards(search: string, tag: string, state: StateFilter, documentId: string | undefined | null) {
  const [cards, setCards] = useState<CardView[] | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  const fetchList = useCallback(
    () =>
      api['cards.list']({
        ...(documentId ? { documentId } : {}),
        ...(search.trim() ? { search: search.trim().slice(0, 200) } : {}),
        ...(tag ? { tag } : {}),
        ...(state ? { state } : {}),
      }),
    [search, tag, state, documentId],
  );
  const apply = useCallback((result: { cards: CardView[]; tags: string[] }) => {
    setCards(result.cards);
    setTags(result.tags);
    setError(null);
  }, []);
  const fail = useCallback((e: Error) => setError(e.message), []);

  useEffect(() => {
    if (documentId === null) return;
    let live = true;
    fetchList().then((result) => live && apply(result), (e: Error) => live && fail(e));
    return () => {
      live = false;
    };
  }, [fetchList, apply, fail, documentId]);

  const reload = useCallback(() => fetchList().then(apply, fail), [fetchList, apply, fail]);

  return { cards, tags, error, reload };
}
