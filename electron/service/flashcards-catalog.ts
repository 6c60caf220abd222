/** The cards a learner studies: each pack's curated deck plus their own, as catalog entries with full sources. */
import { CallError } from '../contract/dispatch';
import type { Gap, UserCard } from '../contract/flashcards-values';
import type { CatalogCard } from '../domain/flashcards/cards';
import { clozeFront, normalizeGaps, parseClozeMarkup } from '../domain/flashcards/cloze';
import type { StoreDoc } from '../store/schema';
import type { DocumentCatalog } from './library/documents';
import type { InstalledPack } from './library/installed-pack';
import type { LoadedDocument } from './library/loaded-document';

/** A pack's deck with each quote's offsets in its block (found at import; the quotes are verbatim, the validator checks). */
export function deckCatalog(pack: InstalledPack): CatalogCard[] {
  return pack.deck.map((card) => {
    const start = pack.cardStarts[card.id] ?? 0;
    const base = {
      id: card.id,
      documentId: pack.documentId,
      origin: 'deck' as const,
      tags: [...card.tags],
      source: { paragraph: card.source.block, quote: card.source.quote, start, end: start + card.source.quote.length },
      ...(card.note ? { note: card.note } : {}),
    };
    if (card.kind === 'basic') return { ...base, kind: 'basic' as const, front: card.front, back: card.back, gaps: [] };
    const { text, gaps } = parseClozeMarkup(card.cloze);
    return { ...base, kind: 'cloze' as const, front: clozeFront(text, gaps), back: text, gaps };
  });
}

/** A user card as a catalog entry: a cloze's front is its quote with the gaps hidden. */
export function userCatalogCard(card: UserCard): CatalogCard {
  const base = { id: card.id, documentId: card.documentId, origin: 'user' as const, tags: [...card.tags], source: { ...card.source }, ...(card.sourceNotFound ? { sourceNotFound: true } : {}) };
  if (card.kind === 'basic') return { ...base, kind: 'basic', front: card.front, back: card.back, gaps: [] };
  return { ...base, kind: 'cloze', front: clozeFront(card.source.quote, card.gaps), back: card.source.quote, gaps: card.gaps.map((g) => ({ ...g })) };
}

export interface CardCatalog {
  /** Every card of the documents in the library (or of one), decks first in library order, then the user's in the order made. */
  cards(doc: StoreDoc, documentId?: string): CatalogCard[];
  /** True when `id` is a card of a curated deck (which cannot be edited or deleted). */
  isDeckCard(doc: StoreDoc, id: string): boolean;
}

/** Every pack's deck, built once per installed pack (a new pack version is a new object). */
export function createCardCatalog(documents: DocumentCatalog): CardCatalog {
  const decks = new WeakMap<InstalledPack, CatalogCard[]>();
  const deckOf = (pack: InstalledPack): CatalogCard[] => {
    let cards = decks.get(pack);
    if (!cards) decks.set(pack, (cards = deckCatalog(pack)));
    return cards;
  };
  const deckCards = (doc: StoreDoc, documentId?: string): CatalogCard[] =>
    documents
      .entries(doc)
      .filter((entry) => documentId === undefined || entry.id === documentId)
      .flatMap((entry) => {
        const pack = documents.pack(entry.id, doc);
        return pack ? deckOf(pack) : [];
      });
  return {
    cards: (doc, documentId) => {
      const live = new Set(documents.entries(doc).map((entry) => entry.id));
      const wanted = (id: string) => live.has(id) && (documentId === undefined || id === documentId);
      return [...deckCards(doc, documentId), ...doc.userCards.filter((card) => wanted(card.documentId)).map(userCatalogCard)];
    },
    isDeckCard: (doc, id) => deckCards(doc).some((card) => card.id === id),
  };
}

/** The passage a new card cites, checked against its document: the offsets must hold exactly the quote. */
export function checkedPassage(document: LoadedDocument, source: { paragraph: string; start: number; end: number; quote: string }) {
  const text = document.blockText(source.paragraph) ?? '';
  if (source.end <= source.start || source.end > text.length || text.slice(source.start, source.end) !== source.quote) {
    throw new CallError('invalid-input', 'That passage is not in the document any more. Choose the words again in the reader.');
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

/** The Anki deck name of a document's cards: Lectern::<title>. */
export function deckName(title: string): string {
  return `Lectern::${title.replace(/::/g, ':')}`;
}
