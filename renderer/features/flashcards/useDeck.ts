import { useCurrentDocument } from '../app/current-document';
import { deckDocumentId } from './deck-scope';
import type { useFlashcardSettings } from './useFlashcardSettings';

/**
 * The remembered deck choice over the flashcard settings: which document's cards to show (undefined
 * for all), and `ready` once the choice is known, so a page asks for its cards once, for the right deck.
 */
export function useDeck({ settings, loaded, error, update }: ReturnType<typeof useFlashcardSettings>) {
  const open = useCurrentDocument();
  const scope = settings.deck;
  return {
    scope,
    ready: loaded || error !== null,
    documentId: deckDocumentId(scope, open),
    setScope: (deck: typeof scope) => void update({ deck }),
  };
}
