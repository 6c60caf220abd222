/** The cards a learner studies: the shipped deck plus their own, as catalog entries with full sources. */
import { paragraphText } from '../../data/article';
import { deck } from '../../data/flashcards';
import { CallError } from '../contract/dispatch';
import type { Gap, UserCard } from '../contract/flashcards-values';
import type { CatalogCard } from '../domain/flashcards/cards';
import { clozeFront, normalizeGaps, parseClozeMarkup } from '../domain/flashcards/cloze';
import type { DeckCard } from '../../data/schemas/flashcards';

/** A deck card as a catalog entry, with the quote's offsets in its paragraph (the quotes are verbatim, a test checks). */
function deckCatalogCard(card: DeckCard): CatalogCard {
  const start = paragraphText(card.source.paragraph).indexOf(card.source.quote);
  const base = {
    id: card.id,
    origin: 'deck' as const,
    tags: [...card.tags],
    source: { paragraph: card.source.paragraph, quote: card.source.quote, start, end: start + card.source.quote.length },
    ...(card.note ? { note: card.note } : {}),
  };
  if (card.kind === 'basic') return { ...base, kind: 'basic', front: card.front, back: card.back, gaps: [] };
  const { text, gaps } = parseClozeMarkup(card.cloze);
  return { ...base, kind: 'cloze', front: clozeFront(text, gaps), back: text, gaps };
}

/** The deck as catalog entries, computed once. */
const deckCatalog: CatalogCard[] = deck.cards.map(deckCatalogCard);

/** A user card as a catalog entry: a cloze's front is its quote with the gaps hidden. */
export function userCatalogCard(card: UserCard): CatalogCard {
  const base = { id: card.id, origin: 'user' as const, tags: [...card.tags], source: { ...card.source } };
  if (card.kind === 'basic') return { ...base, kind: 'basic', front: card.front, back: card.back, gaps: [] };
  return { ...base, kind: 'cloze', front: clozeFront(card.source.quote, card.gaps), back: card.source.quote, gaps: card.gaps.map((g) => ({ ...g })) };
}

/** Every card, deck first (in deck order), then the user's in the order they made them. */
export function catalog(userCards: readonly UserCard[]): CatalogCard[] {
  return [...deckCatalog, ...userCards.map(userCatalogCard)];
}

/** The passage a new card cites, checked against the article: the offsets must hold exactly the quote. */
export function checkedPassage(source: { paragraph: UserCard['source']['paragraph']; start: number; end: number; quote: string }) {
  const text = paragraphText(source.paragraph);
  if (source.end <= source.start || source.end > text.length || text.slice(source.start, source.end) !== source.quote) {
    throw new CallError('invalid-input', 'That passage is not in the article any more. Choose the words again in the reader.');
  }
  return { ...source };
}

/** Cloze gaps checked against the quote, with a message a person can act on. */
export function checkedGaps(quote: string, gaps: readonly Gap[]): Gap[] {
  try {
    return normalizeGaps(quote, gaps);
  } catch (error) {
    throw new CallError('invalid-input', error instanceof Error ? error.message : String(error));
  }
}

export const deckName = 'Lectern::Japan and NATO';
