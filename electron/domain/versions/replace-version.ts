/**
 * Everything the user made on an older version of a document, moved onto the newer one: annotations
 * and cards re-anchored by quote and context, the reading place by the words reached. Pure: the
 * service writes the result in one store update, so the move is whole or absent.
 */
import type { Annotation } from '../../contract/annotations';
import type { UserCard } from '../../contract/flashcards-values';
import type { ReadingPosition } from '../../contract/settings';
import { moveAnnotation, type MovedAnnotation } from './move-annotations';
import { moveCard, type MovedCard } from './move-cards';
import { moveReadingPlace } from './move-reading-place';
import type { VersionText } from './version-text';

export interface ReplaceInput {
  from: VersionText;
  to: VersionText;
  toId: string;
  annotations: readonly Annotation[];
  cards: readonly UserCard[];
  /** The older document's reading place, and the newer one's (the one kept when the reader already moved on in it). */
  reading: { from: ReadingPosition | null; to: ReadingPosition | null };
  at: string;
}

/** One thing that could not be placed in the new text, as the report lists it. */
export interface Unplaced {
  kind: 'annotation' | 'card';
  id: string;
  quote: string;
  /** The annotation's note or the card's question, so the user recognises it; empty when there is none. */
  detail: string;
}

export interface ReplacePlan {
  annotations: MovedAnnotation[];
  cards: MovedCard[];
  /** The reading place to store on the new document; null keeps what it has. */
  reading: ReadingPosition | null;
  unplaced: Unplaced[];
}

const shorten = (text: string, max = 160) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

export function planReplace(input: ReplaceInput): ReplacePlan {
  const annotations = input.annotations.map((a) => moveAnnotation(a, input.to, input.toId, input.at));
  const cards = input.cards.map((card) => moveCard(card, input.from, input.to, input.toId, input.at));
  // The older place wins unless the reader has already gone further than the start of the new text.
  const keepNewer = input.reading.to !== null && input.reading.to.percent > 0;
  const reading = !keepNewer && input.reading.from ? moveReadingPlace(input.reading.from, input.from, input.to, input.at) : null;
  const unplaced: Unplaced[] = [
    ...annotations.filter((m) => !m.placed).map(({ annotation }) => ({ kind: 'annotation' as const, id: annotation.id, quote: shorten(annotation.target.quote.exact), detail: shorten(annotation.note) })),
    ...cards
      .filter((m) => !m.placed)
      .map(({ card }) => ({ kind: 'card' as const, id: card.id, quote: shorten(card.source.quote), detail: card.kind === 'basic' ? shorten(card.front) : '' })),
  ];
  return { annotations, cards, reading, unplaced };
}
