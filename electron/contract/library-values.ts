/** The library's index as stored: one entry per document the user has, without its text. */
import { z } from 'zod';
import { DOCUMENT_LIMITS, DocumentId, DocumentSource } from '../domain/document/document';

/** A document tag: one line, short, as the library's tag filter shows it. */
export const DocumentTag = z
  .string()
  .trim()
  .min(1, 'a tag cannot be empty')
  .max(40, 'a tag holds at most 40 characters')
  .regex(/^[^\n\r\t]*$/, 'a tag is one line');

export const DocumentTags = z.array(DocumentTag).max(20, 'a document holds at most 20 tags');

/**
 * One document of the library index. Title and author are the user's (editable); the body file
 * `documents/<id>.json` keeps what the importer found. A built-in document needs an entry only once
 * the user changed something about it (a tag, hiding it): its defaults come with the app.
 */
export const LibraryEntry = z.object({
  id: DocumentId,
  title: z.string().trim().min(1, 'a title cannot be empty').max(DOCUMENT_LIMITS.title),
  author: z.string().trim().max(DOCUMENT_LIMITS.author),
  source: DocumentSource,
  importedAt: z.iso.datetime(),
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  words: z.int().min(0),
  characters: z.int().min(0),
  sections: z.int().min(1),
  tags: DocumentTags,
  /** Built-in documents are hidden, never deleted. */
  hidden: z.boolean(),
  /** Set by "Remove": the entry waits for Undo until the next start, when it and its data go. */
  removedAt: z.iso.datetime().nullable(),
  /** The version of the study pack last exported from this document; the next export is one higher, so a copy someone imported updates. */
  lastPackVersion: z.int().min(1).optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type LibraryEntry = z.infer<typeof LibraryEntry>;

/** What is left of a removed document, so a later sync knows it went (see DESIGN.md). */
export const DocumentTombstone = z.object({ id: DocumentId, removedAt: z.iso.datetime() });
export type DocumentTombstone = z.infer<typeof DocumentTombstone>;

/** Reading speed for "reading time": 230 words a minute, a common figure for study reading. */
export const WORDS_PER_MINUTE = 230;

export { MAX_PICKED_FILES } from './import-limits';
/** Characters a pasted text may hold (a call stays under the contract's request cap). */
export const MAX_PASTE_CHARS = 120_000;
