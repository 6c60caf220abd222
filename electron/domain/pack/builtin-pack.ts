import { article } from '../../../data/article';
import { argumentMap } from '../../../data/argument-map';
import { deck } from '../../../data/flashcards';
import { selfTest } from '../../../data/selftest';
import { deckTagLabels } from '../../../data/schemas/flashcards';
import type { ArgumentSide } from '../../../data/schemas/argument-map';
import { PACK_FORMAT_VERSION, type PackInput, type PackMapSide } from './pack-schema';
import { questionToPack } from './question-mapping';

/**
 * The built-in article as a study pack, built from data/ (article, deck, self-test, argument map), so
 * the library loads it through the pack importer like any other pack and the format is proven by the
 * content users already study. Pure: no clock, no I/O; the same data always gives the same pack.
 */

/** Today's map sides, named for the article's question, to the pack's generic sides. */
export const mapSideToPack: Record<ArgumentSide, PackMapSide> = {
  'against-soon': 'against',
  'for-one-day': 'for',
  conclusion: 'conclusion',
  context: 'context',
};

/** Whom a "for" reason benefits, as the built-in map's labels say it. */
const gainsForLabel = { japan: 'Japan', nato: 'NATO' } as const;

export function builtinPack(): PackInput {
  return {
    manifest: {
      format: 'lectern-pack',
      formatVersion: PACK_FORMAT_VERSION,
      id: article.id,
      version: 1,
      title: article.title,
      packAuthor: 'Lectern team',
      licence: 'Article © its author, quoted for study; cards, questions and map MIT, as Lectern.',
      language: 'en',
      description: 'The study set Lectern ships with: the article, its curated deck, self-test and argument map.',
      kicker: article.section,
      credit: `Photo credit: ${article.photoCredit}`,
    },
    document: {
      id: article.id,
      title: article.title,
      author: article.author,
      source: { kind: 'builtin' },
      sections: [{ id: 's1', title: '', blocks: article.paragraphs.map((p) => ({ id: p.id, kind: 'paragraph', text: p.text })) }],
    },
    deck: {
      // The name its Anki exports have always had, so a re-import lands in the same deck.
      name: 'Japan and NATO',
      tags: Object.entries(deckTagLabels).map(([id, label]) => ({ id, label })),
      cards: deck.cards.map((card) => ({ ...card, source: { block: card.source.paragraph, quote: card.source.quote } })),
    },
    selfTest: { title: selfTest.title, questions: selfTest.questions.map(questionToPack) },
    argumentMap: {
      question: argumentMap.question,
      sideLabels: { against: 'Against: not in the near future', for: 'For: one day' },
      nodes: argumentMap.nodes.map((node) => ({
        id: node.id,
        side: mapSideToPack[node.side],
        ...(node.gainsFor ? { gainsFor: gainsForLabel[node.gainsFor] } : {}),
        label: node.label,
        detail: node.detail,
        source: { block: node.source.paragraph, quote: node.source.quote },
      })),
    },
  };
}
