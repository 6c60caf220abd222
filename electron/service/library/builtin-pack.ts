/**
 * The study packs that ship with the app: a document with its curated deck and, where it has them,
 * a self-test and an argument map. The built-in article is turned into a document here, block ids
 * p1..p5 kept, so anchors, cards and content citations made against the article keep working.
 */
import { createHash } from 'node:crypto';
import { article } from '../../../data/article';
import { deck } from '../../../data/flashcards';
import type { LecternDocument, Section } from '../../domain/document/document';
import { documentText } from '../../domain/import/finish-document';

/** A curated card of a pack, citing a block of the pack's document by a verbatim quote. */
export type PackCard = { id: string; tags: readonly string[]; note?: string; source: { paragraph: string; quote: string } } & (
  | { kind: 'basic'; front: string; back: string }
  | { kind: 'cloze'; cloze: string }
);

export interface StudyPack {
  document: LecternDocument;
  /** The line above the title (the article's section), when the pack has one. */
  kicker: string | null;
  /** A credit line under the text (the article's photo credit), when the pack has one. */
  credit: string | null;
  deck: readonly PackCard[];
  /** The Anki deck its cards export to. */
  deckName: string;
  /** Whether the pack brings a self-test and an argument map (their screens are shown only then). */
  selftest: boolean;
  argumentMap: boolean;
}

/** SHA-256 (hex) of the blocks' text joined by a blank line, as `LecternDocument.textHash` defines it. */
export function textHashOf(sections: readonly Section[]): string {
  // The importers' own text (finish-document.ts), so the built-in article hashes as an imported copy would.
  return createHash('sha256').update(documentText(sections), 'utf8').digest('hex');
}

/** When the built-in document counts as imported: a fixed time, so its entry is the same every start. */
const BUILTIN_IMPORTED_AT = '2024-01-01T00:00:00.000Z';

function articlePack(): StudyPack {
  const sections: Section[] = [{ id: 's1', title: '', blocks: article.paragraphs.map((p) => ({ id: p.id, kind: 'paragraph' as const, text: p.text })) }];
  return {
    document: {
      id: article.id,
      title: article.title,
      author: article.author,
      source: { kind: 'builtin' },
      importedAt: BUILTIN_IMPORTED_AT,
      textHash: textHashOf(sections),
      sections,
    },
    kicker: article.section,
    credit: `Photo credit: ${article.photoCredit}`,
    deck: deck.cards,
    deckName: 'Lectern::Japan and NATO',
    selftest: true,
    argumentMap: true,
  };
}

/** Every built-in pack, in the order the library lists them. */
export const builtinPacks: readonly StudyPack[] = [articlePack()];
