import { z } from 'zod';
import { Source } from './article';

/** Topic tags a card can carry; the flashcard screens filter and group by them. */
export const DeckTag = z.enum(['cooperation', 'drivers', 'threats', 'defence-spending', 'membership']);
export type DeckTag = z.infer<typeof DeckTag>;

/** Human labels for the tags, in the order of `DeckTag.options`. */
export const deckTagLabels: Record<DeckTag, string> = {
  cooperation: 'NATO–Japan cooperation',
  drivers: 'Why ties are deepening',
  threats: 'Regional threats',
  'defence-spending': 'Defence spending',
  membership: 'Membership prospects',
};

/** One question-and-answer card, citing the paragraph (and verbatim quote) it is drawn from. */
export const DeckCard = z.object({
  // Stable slug: review history is keyed by it, so renaming a card resets its schedule.
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.literal('basic'),
  front: z.string().min(1).max(300),
  back: z.string().min(1).max(500),
  tags: z.array(DeckTag).min(1),
  source: Source,
});
export type DeckCard = z.infer<typeof DeckCard>;

/** The deck as shipped in data/flashcards.json; card ids must be unique within it. */
export const Deck = z
  .object({
    version: z.literal(1),
    deckId: z.string().min(1),
    cards: z.array(DeckCard).min(30),
  })
  .superRefine((deck, ctx) => {
    const seen = new Set<string>();
    deck.cards.forEach((card, index) => {
      if (seen.has(card.id)) {
        ctx.addIssue({ code: 'custom', path: ['cards', index, 'id'], message: `duplicate card id: ${card.id}` });
      }
      seen.add(card.id);
    });
  });
export type Deck = z.infer<typeof Deck>;
