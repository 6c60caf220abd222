import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphText } from './article';
// @ts-expect-error plain ESM script without type declarations; only its seed path is used here
import { defaultSeedPath } from './scripts/make-article.mjs';
import { deck } from './flashcards';
import flashcardsJson from './flashcards.json';
import { ParagraphId } from './schemas/article';
import { parseClozeMarkup } from '../electron/domain/flashcards/cloze';
import { clozeAsRead } from './lint/items';
import { Deck, DeckCard, DeckTag, deckTagLabels } from './schemas/flashcards';

const seed: string = readFileSync(defaultSeedPath, 'utf8');
// Everything from "The Latest" on is page furniture (teasers of other articles), never study material.
const teaserStart = seed.indexOf('\nThe Latest\n');
const teasers = seed.slice(teaserStart);

/** Lower-cased word tokens of a question, punctuation and typographic apostrophes dropped. */
function tokens(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[’']/g, '')
      .split(/[^a-z0-9]+/)
      .filter((t) => t.length > 0),
  );
}

/** Jaccard similarity of two token sets: 1 for identical, 0 for disjoint (and for two empty texts). */
function jaccard(a: Set<string>, b: Set<string>): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return shared / union.size;
}

const validCard = (): DeckCard => structuredClone(deck.cards[0]!);

describe('data/flashcards.json', () => {
  it('validates against the Deck schema with at least 32 cards', () => {
    expect(() => Deck.parse(flashcardsJson)).not.toThrow();
    expect(deck.cards.length).toBeGreaterThanOrEqual(32);
    expect(deck.deckId).toBe('japan-nato');
  });

  it('quotes every card verbatim from the paragraph it cites', () => {
    const misquoted = deck.cards.filter((c) => !paragraphText(c.source.paragraph).includes(c.source.quote));
    expect(misquoted.map((c) => c.id)).toEqual([]);
  });

  it('keeps quotes focused, between 20 and 300 characters', () => {
    const off = deck.cards.filter((c) => c.source.quote.length < 20 || c.source.quote.length > 300);
    expect(off.map((c) => c.id)).toEqual([]);
  });

  it('takes no quote from the teasers under "The Latest"', () => {
    expect(teaserStart).toBeGreaterThan(0);
    const fromTeasers = deck.cards.filter((c) => teasers.includes(c.source.quote));
    expect(fromTeasers.map((c) => c.id)).toEqual([]);
  });

  it('has no two basic cards asking nearly the same question', () => {
    // Cloze cards over one list share their text on purpose (one item hidden per card), so only basic fronts are compared.
    const basics = deck.cards.filter((c) => c.kind === 'basic');
    const pairs: string[] = [];
    basics.forEach((a, i) => {
      for (const b of basics.slice(i + 1)) {
        if (jaccard(tokens(a.front), tokens(b.front)) > 0.8) pairs.push(`${a.id} ~ ${b.id}`);
      }
    });
    expect(pairs).toEqual([]);
  });

  it('has no two cards with the same front and quote', () => {
    const keys = deck.cards.map((c) => `${c.kind === 'basic' ? c.front : c.cloze}\u0000${c.source.quote}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('cites every body paragraph from at least 3 cards', () => {
    for (const p of ParagraphId.options) {
      expect(deck.cards.filter((c) => c.source.paragraph === p).length, p).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses every tag on at least 3 cards, and labels every tag', () => {
    for (const tag of DeckTag.options) {
      expect(deck.cards.filter((c) => c.tags.includes(tag)).length, tag).toBeGreaterThanOrEqual(3);
      expect(deckTagLabels[tag].length).toBeGreaterThan(0);
    }
  });

  it('never repeats the article’s "ITTP" misspelling on a card face, and explains it where a quote has it', () => {
    const faces = (c: DeckCard) => (c.kind === 'basic' ? [c.front, c.back] : [clozeAsRead(c.cloze)]);
    expect(deck.cards.filter((c) => faces(c).some((f) => /ITTP/i.test(f))).map((c) => c.id)).toEqual([]);
    const unexplained = deck.cards.filter((c) => c.source.quote.includes('ITTP') && !c.note?.includes('“ITTP”'));
    expect(unexplained.map((c) => c.id)).toEqual([]);
  });

  it('writes every cloze as its quote with c1 gaps, hints short', () => {
    for (const card of deck.cards) {
      if (card.kind !== 'cloze') continue;
      const { text, gaps } = parseClozeMarkup(card.cloze);
      expect(text, card.id).toBe(card.source.quote);
      for (const gap of gaps) expect((gap.hint ?? '').split(' ').length, card.id).toBeLessThanOrEqual(5);
    }
  });

  it('explains the article’s budget slip on the card about the ranking', () => {
    const rank = deck.cards.find((c) => c.source.quote.includes('third largest defence budget'));
    expect(rank?.note).toMatch(/five years/);
  });
});

describe('Deck schema', () => {
  const withCards = (cards: unknown[]) => ({ ...flashcardsJson, cards });

  it('rejects a card citing a paragraph outside p1..p5', () => {
    const card = { ...validCard(), source: { paragraph: 'p6', quote: 'NATO is in negotiations' } };
    expect(DeckCard.safeParse(card).success).toBe(false);
  });

  it('rejects a card without a source', () => {
    const { source: _dropped, ...card } = validCard();
    expect(DeckCard.safeParse(card).success).toBe(false);
  });

  it('rejects a card whose id is not a kebab-case slug', () => {
    expect(DeckCard.safeParse({ ...validCard(), id: 'Liaison Office' }).success).toBe(false);
  });

  it('rejects a deck with a duplicate card id, pointing at the second one', () => {
    const duplicate = { ...deck.cards[1]!, id: deck.cards[0]!.id };
    const result = Deck.safeParse(withCards([...deck.cards, duplicate]));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['cards', deck.cards.length, 'id']);
  });

  it('rejects a deck with fewer than 30 cards', () => {
    expect(Deck.safeParse(withCards(deck.cards.slice(0, 29))).success).toBe(false);
  });
});

describe('front-text similarity', () => {
  it('scores reworded duplicates above the threshold and distinct questions below it', () => {
    const a = tokens('How much is Japan’s defence plan worth?');
    expect(jaccard(a, tokens('How much is Japans defence plan worth'))).toBe(1);
    expect(jaccard(a, tokens('Who is Mao Ning?'))).toBeLessThan(0.8);
  });
});
