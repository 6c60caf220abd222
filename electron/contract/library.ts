/** Library methods: the documents a user studies, their import, editing, removal with Undo. */
import { z } from 'zod';
import { DOCUMENT_LIMITS, DocumentId, LecternDocument } from '../domain/document/document';
import { DocumentTags, LibraryEntry, MAX_PASTE_CHARS, MAX_PICKED_FILES } from './library-values';
import { PackCredits, PackCreditsDraft } from './pack-credits';
import { LibrarySort, ReadingPosition } from './settings';
import { SaveOutcome } from './save-outcome';
import type { ContractSpec } from './spec';

/** One document as the library screen shows it: its index entry and what the user did with it. */
export const LibraryItem = LibraryEntry.extend({
  builtin: z.boolean(),
  readingMinutes: z.int().min(0),
  /** How far the reader got, 0-100. */
  progress: z.number().min(0).max(100),
  lastReadAt: z.string().nullable(),
  annotations: z.int().min(0),
  cards: z.int().min(0),
  cardsDue: z.int().min(0),
  /** The last finished self-test's score in percent; null without a self-test or an attempt. */
  lastSelftestPercent: z.number().nullable(),
  /** The screens this document has beyond the reader (a pack's self-test and argument map). */
  features: z.object({ selftest: z.boolean(), argumentMap: z.boolean() }),
});
export type LibraryItem = z.infer<typeof LibraryItem>;

/** A document opened in the reader: its text and its reading place, in one answer for the first paint. */
export const OpenedDocument = z.object({
  item: LibraryItem,
  document: LecternDocument,
  kicker: z.string().nullable(),
  credit: z.string().nullable(),
  reading: ReadingPosition.nullable(),
  /** An older version this document may replace (same file name or title, other text), until the user decides; null otherwise. */
  previousVersion: LibraryItem.nullable(),
});
export type OpenedDocument = z.infer<typeof OpenedDocument>;

/** What a study pack brings, counted for the review dialog. */
export const PackCounts = z.object({ blocks: z.int().min(0), cards: z.int().min(0), questions: z.int().min(0), mapNodes: z.int().min(0) });
export type PackCounts = z.infer<typeof PackCounts>;

/**
 * How an import ended: a new document (or a newer version of a pack in place of the old, `message`
 * says what was kept: the old version is not kept, so such an import has no Undo),
 * the same text already in the library (opened instead), or a study pack whose content lint found
 * something: nothing is saved until the user accepts the warnings (`library.confirmImport`).
 */
export const ImportOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('imported'), item: LibraryItem, warnings: z.array(z.string()), message: z.string().optional() }),
  z.object({ outcome: z.literal('duplicate'), item: LibraryItem }),
  /** The person stopped the import while the file was being read (`library.stopImport`); nothing of `fileName` was saved. */
  z.object({ outcome: z.literal('stopped'), fileName: z.string() }),
  z.object({
    outcome: z.literal('review'),
    /** Names the checked pack held on the main side until it is confirmed or cancelled. */
    token: z.string(),
    title: z.string(),
    counts: PackCounts,
    /** Set when the pack is a newer version of one in the library. */
    update: z.object({ from: z.int(), to: z.int() }).nullable(),
    warnings: z.array(z.string()),
  }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

const ById = z.object({ id: DocumentId }).strict();
const PickToken = z.string().min(1).max(64);
const Title = z.string().trim().min(1, 'a title cannot be empty').max(DOCUMENT_LIMITS.title, `a title holds at most ${DOCUMENT_LIMITS.title} characters`);
const Author = z.string().trim().max(DOCUMENT_LIMITS.author, `an author holds at most ${DOCUMENT_LIMITS.author} characters`);

export const libraryContract = {
  /**
   * Every document of the library (hidden ones too, marked), the order the user last sorted them in
   * (the setting's `librarySort`, 'added' until one is picked), and the file types an import accepts.
   */
  'library.list': {
    input: z.object({}).strict(),
    output: z.object({ items: z.array(LibraryItem), tags: z.array(z.string()), sort: LibrarySort, accept: z.array(z.string()), canPickFile: z.boolean() }),
  },
  /** A document with its reading place; without an id, the one read last (null when none was). */
  'library.open': { input: z.object({ id: DocumentId.optional() }).strict(), output: OpenedDocument.nullable() },
  /**
   * The desktop's open dialog, one file or several (at most MAX_PICKED_FILES). Each picked file is
   * named by a token to import it with (`library.importPicked`), so the page never sees its path and
   * can import only what the person picked; `unavailable` where there is no dialog (the web version uploads).
   */
  'library.pickFiles': {
    input: z.object({}).strict(),
    output: z.union([
      z.object({ outcome: z.literal('picked'), files: z.array(z.object({ token: PickToken, fileName: z.string() })).min(1).max(MAX_PICKED_FILES) }),
      z.object({ outcome: z.literal('cancelled') }),
      z.object({ outcome: z.literal('unavailable') }),
    ]),
  },
  /** Reads and imports one file picked in the dialog, on the main side; a token works once, and only for the last pick. */
  'library.importPicked': { input: z.object({ token: PickToken }).strict(), output: ImportOutcome },
  'library.paste': {
    input: z
      .object({
        title: Title,
        author: Author.default(''),
        text: z.string().max(MAX_PASTE_CHARS, `paste at most ${MAX_PASTE_CHARS.toLocaleString('en')} characters; import a longer text as a file`).refine((text) => text.trim().length > 0, 'paste some text first'),
      })
      .strict(),
    output: ImportOutcome,
  },
  'library.update': {
    input: z.object({ id: DocumentId, title: Title.optional(), author: Author.optional(), tags: DocumentTags.optional() }).strict(),
    output: LibraryItem,
  },
  /** Hides a built-in document from the library (or shows it again); built-in documents are never deleted. */
  'library.setHidden': { input: z.object({ id: DocumentId, hidden: z.boolean() }).strict(), output: LibraryItem },
  /** Removes an imported document; Undo works until the app restarts, when it goes with its annotations and cards. */
  'library.remove': {
    input: ById,
    output: z.object({ removed: LibraryItem }),
  },
  'library.undoRemove': { input: ById, output: LibraryItem },
  /** Saves a pack held for review (its warnings accepted). */
  'library.confirmImport': { input: z.object({ token: z.string().min(1).max(100) }).strict(), output: ImportOutcome },
  /**
   * Stops the file being read for an import (a large or slow one): its call answers `stopped` and
   * nothing of it is saved. `stopped` is false when no file was being read (it had just finished).
   */
  'library.stopImport': { input: z.object({}).strict(), output: z.object({ stopped: z.boolean() }) },
  /**
   * The file of the import under way, and its stage: `reading`, with how far it got, 0-1 (null while its importer has not said, and for formats
   * read in one go); then `saving` (fraction 1), which Stop no longer reaches. `reading` is null when
   * no file is being imported.
   */
  'library.importProgress': {
    input: z.object({}).strict(),
    output: z.object({
      reading: z.object({ fileName: z.string(), fraction: z.number().min(0).max(1).nullable(), stage: z.enum(['reading', 'saving']) }).nullable(),
    }),
  },
  /** Drops a pack held for review; nothing of it was saved. */
  'library.cancelImport': { input: z.object({ token: z.string().min(1).max(100) }).strict(), output: z.object({ outcome: z.literal('cancelled') }) },
  /** A document as a study pack file (`.lectern.json`): its text, its deck and the user's cards, its questions and map. */
  /** The credits the export dialog starts from: the pack's own, else the ones used last. */
  'library.packCredits': { input: ById, output: PackCreditsDraft },
  'library.exportPack': {
    input: z.object({ id: DocumentId, credits: PackCredits }).strict(),
    output: z.object({ fileName: z.string(), mimeType: z.string(), content: z.string(), encoding: z.literal('utf8') }),
  },
  /** The same, through the desktop's save dialog; `unavailable` where there is none (the web version downloads). */
  'library.saveExportPack': { input: z.object({ id: DocumentId, credits: PackCredits }).strict(), output: SaveOutcome },
} as const satisfies ContractSpec;
