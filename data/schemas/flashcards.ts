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

const cardBase = {
  // Stable slug: review history is keyed by it, so a new id retires the old card (its history is kept).
  id: z.string().regex(/^[a-z0-9-]+$/),
  tags: z.array(DeckTag).min(1),
  /** Shown with the answer: the article's own slips explained (see docs/content.md). */
  note: z.string().min(1).max(400).optional(),
  source: Source,
};

/** One question-and-answer card, citing the paragraph (and verbatim quote) it is drawn from. */
export const BasicDeckCard = z.object({
  ...cardBase,
  kind: z.literal('basic'),
  front: z.string().min(1).max(300),
  back: z.string().min(1).max(500),
});
export type BasicDeckCard = z.infer<typeof BasicDeckCard>;

/**
 * A cloze card: `cloze` is the source quote in Anki's markup, `{{c1::hidden words}}` or
 * `{{c1::hidden words::hint}}`; without the markup it must be the quote itself (a test checks).
 */
export const ClozeDeckCard = z.object({
  ...cardBase,
  kind: z.literal('cloze'),
  cloze: z.string().min(1).max(2000).regex(/\{\{c1::/, 'a cloze card needs a {{c1::…}} gap'),
});
export type ClozeDeckCard = z.infer<typeof ClozeDeckCard>;

export const DeckCard = z.discriminatedUnion('kind', [BasicDeckCard, ClozeDeckCard]);
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
