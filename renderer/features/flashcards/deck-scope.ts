import type { DeckScope } from '../../../electron/contract/flashcards-values';
import type { CurrentDocument } from '../app/current-document';

/** The document a deck choice narrows the cards to; undefined for every document (or with none open). */
export function deckDocumentId(scope: DeckScope, open: CurrentDocument | null): string | undefined {
  return scope === 'document' && open ? open.item.id : undefined;
}

/** What the chosen deck holds, in words, for the line under the picker. */
export function deckDescription(scope: DeckScope, open: CurrentDocument | null): string {
  if (scope === 'document' && open) return `Cards of “${open.item.title}”, the document open in the reader.`;
  return 'Cards of every document in your library.';
}
