/** Carries a reading place over to a newer version of the text, by the words the reader had reached. */
import type { ReadingPosition } from '../../contract/settings';
import { anchor } from '../anchoring';
import { blockAt, globalOffset, type VersionText } from './version-text';

/** Words after the place that find it again: long enough to be unique in a book, short enough to survive edits nearby. */
const PLACE_QUOTE_LENGTH = 48;

/**
 * The place in the new text holding the words the reader had reached, with the same percent; null
 * when those words are gone (the caller then keeps the new document's own place).
 */
export function moveReadingPlace(place: ReadingPosition, from: VersionText, to: VersionText, at: string): ReadingPosition | null {
  const start = globalOffset(from, place.paragraphId, Math.min(place.offset, from.blockText(place.paragraphId)?.length ?? 0));
  if (start === null) return null;
  const exact = from.text.slice(start, start + PLACE_QUOTE_LENGTH);
  if (exact.trim().length === 0) return null;
  const found = anchor(to.text, { quote: { exact, prefix: from.text.slice(Math.max(0, start - 32), start), suffix: '' }, position: { start, end: start + exact.length } });
  if (found.status === 'orphaned') return null;
  const block = blockAt(to, found.start);
  return block ? { paragraphId: block.id, offset: block.offset, percent: place.percent, updatedAt: at } : null;
}
