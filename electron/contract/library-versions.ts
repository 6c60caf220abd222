/** A newer version of a document replacing the older one: the move of what the user made, or keeping both. */
import { z } from 'zod';
import { DocumentId } from '../domain/document/document';
import { LibraryItem } from './library';
import type { ContractSpec } from './spec';

/** One annotation or card that could not be placed in the new text: kept (orphaned), listed so the user can look at it. */
export const UnplacedItem = z.object({
  kind: z.enum(['annotation', 'card']),
  id: z.string(),
  quote: z.string(),
  /** The annotation's note or the card's question; empty when there is none. */
  detail: z.string(),
});
export type UnplacedItem = z.infer<typeof UnplacedItem>;

/** What a replace did: how many moved, which could not be placed (kept as orphans), whether the reading place came along. */
export const ReplaceReport = z.object({
  annotations: z.object({ moved: z.int().min(0), unplaced: z.int().min(0) }),
  cards: z.object({ moved: z.int().min(0), unplaced: z.int().min(0) }),
  readingPlaceMoved: z.boolean(),
  tags: z.array(z.string()),
  unplaced: z.array(UnplacedItem),
});
export type ReplaceReport = z.infer<typeof ReplaceReport>;

/** A store record of the user's answer to a version offer, so it is not made again. */
export const VersionDecision = z.object({
  /** The newer document the offer was shown in. */
  documentId: DocumentId,
  olderId: DocumentId,
  decision: z.enum(['kept-both', 'replaced']),
  at: z.iso.datetime(),
});
export type VersionDecision = z.infer<typeof VersionDecision>;

const Pair = z.object({ fromId: DocumentId, toId: DocumentId }).strict();

export const versionsContract = {
  /**
   * Moves the older document's annotations, cards (with their history), reading place and tags onto
   * the newer one, in one write; what no longer fits is kept as orphans and listed. The older one is
   * then removed as `library.remove` does (Undo until the app restarts).
   */
  'library.replace': { input: Pair, output: z.object({ item: LibraryItem, removed: LibraryItem, report: ReplaceReport }) },
  /** Keeps both documents; the newer one stops offering to replace the older. */
  'library.keepBoth': { input: Pair, output: LibraryItem },
} as const satisfies ContractSpec;
