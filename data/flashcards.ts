import flashcardsJson from './flashcards.json';
import { Deck } from './schemas/flashcards';

/** The flashcard deck for the article, validated once at import. */
export const deck: Deck = Deck.parse(flashcardsJson);
