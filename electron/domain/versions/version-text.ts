/** The least the version move needs of a document: its text as selectors count it, and where each block sits. */
import type { ParagraphOffsets } from '../anchoring';

export interface VersionText {
  /** Every block's text joined by a blank line (`articleText`). */
  text: string;
  offsets: readonly ParagraphOffsets[];
  /** A block's text; undefined for an id the document does not have. */
  blockText(id: string): string | undefined;
}

/** The global offset where block-local `offset` of block `id` lies, or null for an unknown block or an offset outside it. */
export function globalOffset(doc: VersionText, id: string, offset: number): number | null {
  const block = doc.offsets.find((o) => o.id === id);
  if (!block || offset < 0 || offset > block.end - block.start) return null;
  return block.start + offset;
}

/** The block holding global offset `at` (a separator counts for the block after it), or null past the end. */
export function blockAt(doc: VersionText, at: number): { id: string; offset: number } | null {
  for (const block of doc.offsets) {
    if (at <= block.end) return { id: block.id, offset: Math.max(0, at - block.start) };
  }
  return null;
}
