import { z } from 'zod';

/**
 * A document of the library: plain data, text only (imported HTML is reduced to text blocks and
 * never rendered as HTML). Block ids are stable for a given text, so anchors survive a restart.
 * The built-in article is a document like any other.
 */

export const BlockKind = z.enum(['paragraph', 'heading', 'quote', 'item']);
export type BlockKind = z.infer<typeof BlockKind>;

/** Caps shared by every importer and by the store's validation of a body file. */
export const DOCUMENT_LIMITS = {
  /** Characters of one block's text. */
  blockText: 200_000,
  /** Blocks in one document, all sections together. */
  blocks: 100_000,
  /** Sections (chapters) in one document. */
  sections: 2_000,
  /** Characters of the whole text (about a long book). */
  text: 20_000_000,
  title: 500,
  author: 500,
} as const;

export const BlockId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
export type BlockId = z.infer<typeof BlockId>;

export const Block = z.object({
  id: BlockId,
  kind: BlockKind,
  text: z.string().min(1).max(DOCUMENT_LIMITS.blockText),
});
export type Block = z.infer<typeof Block>;

export const Section = z.object({
  id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
  /** A chapter's title; empty for a document of one untitled section. */
  title: z.string().max(DOCUMENT_LIMITS.title),
  blocks: z.array(Block).min(1),
});
export type Section = z.infer<typeof Section>;

/** Where a document came from, as the user would recognise it. */
export const DocumentSource = z.object({
  kind: z.enum(['builtin', 'txt', 'md', 'html', 'epub', 'paste', 'pack']),
  /** The file's name as the user picked it (no folder), when there was a file. */
  fileName: z.string().max(500).optional(),
  /** A web page's site name, when the importer found one. */
  site: z.string().max(500).optional(),
  /** The text encoding the importer decoded, when it was not UTF-8 (shown to the user). */
  encoding: z.string().max(40).optional(),
});
export type DocumentSource = z.infer<typeof DocumentSource>;

// '__proto__' is refused: as a key of the store's records (reading places, packs, ...) JSON keeps it
// but a parse drops it, so what was saved under it would be gone after the next start.
export const DocumentId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
  .refine((id) => id !== '__proto__', 'not a document id');
export type DocumentId = z.infer<typeof DocumentId>;

export const LecternDocument = z.object({
  id: DocumentId,
  title: z.string().min(1).max(DOCUMENT_LIMITS.title),
  author: z.string().max(DOCUMENT_LIMITS.author),
  source: DocumentSource,
  importedAt: z.iso.datetime(),
  /** SHA-256 (hex) of the blocks' text joined by "\n\n": the same text gives the same hash. */
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  sections: z.array(Section).min(1).max(DOCUMENT_LIMITS.sections),
});
export type LecternDocument = z.infer<typeof LecternDocument>;

/**
 * What an importer produces before the library gives it an id, an import time and a hash:
 * the text as sections of blocks, with whatever metadata the file carried.
 */
export interface ParsedDocument {
  title: string;
  author: string;
  source: DocumentSource;
  sections: Section[];
}
