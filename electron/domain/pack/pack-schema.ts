import { z } from 'zod';
import { LecternDocument } from '../document/document';
import { BasicDeckCard, ClozeDeckCard } from '../../../data/schemas/flashcards';
import { ArgumentNode } from '../../../data/schemas/argument-map';
import { PackQuestion } from './pack-questions';
import { PackSource, PlainText, Slug } from './pack-source';

/**
 * The study pack format (`.lectern.json`): these schemas ARE its definition; docs/pack.schema.json is
 * generated from them (`npm run data:pack-schema`) and docs/packs.md explains each field. Rules one
 * object cannot express (quotes verbatim, ids unique, answers among choices) are checked by
 * `validatePack`.
 */

/** The newest format version this build reads; a pack of a newer version is refused, never guessed at. */
export const PACK_FORMAT_VERSION = 1;

export const PackManifest = z
  .object({
    format: z.literal('lectern-pack'),
    formatVersion: z
      .number()
      .int()
      .min(1)
      .max(PACK_FORMAT_VERSION)
      .describe('Version of this format the pack is written in; a newer one is refused by an older Lectern.'),
    id: Slug.describe('Stable id of the pack: a newer version with the same id updates it.'),
    version: z.number().int().min(1).describe('The pack’s own version, raised by its author on each release.'),
    title: PlainText(200),
    packAuthor: PlainText(200).describe('Who made the pack (cards, questions, map), not the text’s author.'),
    licence: PlainText(200).describe('The licence of the pack, an SPDX id (CC-BY-4.0) or words.'),
    language: z
      .string()
      .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'expected a BCP 47 language tag such as en or en-GB')
      .describe('BCP 47 language tag of the text and the pack.'),
    description: PlainText(2000).optional(),
    kicker: PlainText(120).optional().describe('A short line the reader shows above the title (a section or series name).'),
    credit: PlainText(300).optional().describe('A credit line the reader shows under the text (a photo or translation credit).'),
  })
  .strict();
export type PackManifest = z.infer<typeof PackManifest>;

/**
 * The text: a library document. The library gives it its import time and text hash (and its id, when
 * the pack's id is taken), so a pack may leave those out; a pack's `source` is set on import.
 */
export const PackDocument = LecternDocument.partial({ importedAt: true, textHash: true, source: true }).strict();
export type PackDocument = z.infer<typeof PackDocument>;

/** A card of the deck: data/'s deck card (basic or cloze) with free tags and a block citation. */
const packCardFields = { tags: z.array(Slug).max(10).default([]), source: PackSource };
export const PackCard = z.discriminatedUnion('kind', [
  BasicDeckCard.omit({ tags: true, source: true }).extend(packCardFields).strict(),
  ClozeDeckCard.omit({ tags: true, source: true }).extend(packCardFields).strict(),
]);
export type PackCard = z.infer<typeof PackCard>;

export const PackDeck = z
  .object({
    name: PlainText(120)
      .optional()
      .describe('The deck as a flashcard app names it (Anki: Lectern::<name>), so exports keep landing in the same deck; the document’s title when absent.'),
    tags: z
      .array(z.object({ id: Slug, label: PlainText(80) }).strict())
      .max(50)
      .default([])
      .describe('Human labels of the tags the cards use, in display order.'),
    cards: z.array(PackCard).min(1),
  })
  .strict();
export type PackDeck = z.infer<typeof PackDeck>;

export const PackSelfTest = z
  .object({
    title: PlainText(200),
    questions: z.array(PackQuestion).min(1),
  })
  .strict();
export type PackSelfTest = z.infer<typeof PackSelfTest>;

/** The map's sides: reasons against, reasons for, the verdict, background. */
export const PackMapSide = z.enum(['against', 'for', 'conclusion', 'context']);
export type PackMapSide = z.infer<typeof PackMapSide>;

/** A claim of the map: data/'s ArgumentNode with generic sides and a block citation. */
export const PackMapNode = ArgumentNode.omit({ side: true, gainsFor: true, source: true })
  .extend({
    side: PackMapSide,
    gainsFor: PlainText(40).optional().describe('On the "for" side: whom the reason benefits.'),
    source: PackSource,
  })
  .strict();
export type PackMapNode = z.infer<typeof PackMapNode>;

export const PackArgumentMap = z
  .object({
    question: PlainText(300),
    sideLabels: z
      .object({ against: PlainText(80), for: PlainText(80), conclusion: PlainText(80), context: PlainText(80) })
      .partial()
      .strict()
      .optional()
      .describe('Headings of the sides when the defaults (Against, For, Conclusion, Context) do not fit.'),
    nodes: z.array(PackMapNode).min(1),
  })
  .strict();
export type PackArgumentMap = z.infer<typeof PackArgumentMap>;

export const Pack = z
  .object({
    manifest: PackManifest,
    document: PackDocument,
    deck: PackDeck.optional(),
    selfTest: PackSelfTest.optional(),
    argumentMap: PackArgumentMap.optional(),
  })
  .strict();
export type Pack = z.infer<typeof Pack>;
/** A pack as written in a file, before defaults are filled in. */
export type PackInput = z.input<typeof Pack>;
