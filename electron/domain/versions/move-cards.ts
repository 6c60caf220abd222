/** Moves the user's cards onto a newer version of their text: each card's passage found again, or marked not found. */
import type { Gap, UserCard } from '../../contract/flashcards-values';
import { DEFAULT_CONTEXT_LENGTH, anchor, toParagraphRange, type AnchorMethod, type Target } from '../anchoring';
import { globalOffset, type VersionText } from './version-text';

export type MovedCard = { placed: true; method: AnchorMethod; card: UserCard } | { placed: false; card: UserCard };

/** The card's passage as an annotation target over the old text (a card stores block-local offsets). */
function targetOf(card: UserCard, from: VersionText): Target {
  const { paragraph, start, end, quote } = card.source;
  const at = card.sourceNotFound ? null : globalOffset(from, paragraph, start);
  // A passage no longer where it says (an earlier move left it unplaced) is searched by its quote alone.
  if (at === null || from.text.slice(at, at + quote.length) !== quote) return { quote: { exact: quote, prefix: '', suffix: '' }, position: { start, end } };
  return {
    quote: { exact: quote, prefix: from.text.slice(Math.max(0, at - DEFAULT_CONTEXT_LENGTH), at), suffix: from.text.slice(at + quote.length, at + quote.length + DEFAULT_CONTEXT_LENGTH) },
    position: { start: at, end: at + quote.length },
  };
}

/**
 * A cloze card's gaps in an edited quote: each gap's words found again in order. Null when a gap's
 * words are gone, since a gap over other words would test something the learner never chose.
 */
export function gapsIn(oldQuote: string, newQuote: string, gaps: readonly Gap[]): Gap[] | null {
  if (oldQuote === newQuote) return gaps.map((gap) => ({ ...gap }));
  const moved: Gap[] = [];
  let from = 0;
  for (const gap of [...gaps].sort((a, b) => a.start - b.start)) {
    const words = oldQuote.slice(gap.start, gap.end);
    const start = newQuote.indexOf(words, from);
    if (start < 0) return null;
    moved.push({ ...gap, start, end: start + words.length });
    from = start + words.length;
  }
  return moved;
}

/**
 * The card on the new document, with the same id (so its FSRS state and review history stay its
 * own). Found within one block: its source names the new block, offsets and text. Otherwise (gone,
 * spread over two blocks, a cloze whose gapped words changed) it keeps its old source, marked
 * `sourceNotFound`, and can still be studied, edited and deleted.
 */
export function moveCard(card: UserCard, from: VersionText, to: VersionText, toId: string, at: string): MovedCard {
  const unplaced: MovedCard = { placed: false, card: { ...card, documentId: toId, updatedAt: at, sourceNotFound: true } };
  const found = anchor(to.text, targetOf(card, from));
  if (found.status === 'orphaned') return unplaced;
  const ranges = toParagraphRange(to.offsets, found.start, found.end);
  const range = ranges[0];
  if (ranges.length !== 1 || !range) return unplaced;
  const quote = (to.blockText(range.id) ?? '').slice(range.start, range.end);
  const source = { paragraph: range.id, start: range.start, end: range.end, quote };
  const { sourceNotFound: _gone, ...rest } = card;
  if (rest.kind === 'basic') return { placed: true, method: found.method, card: { ...rest, documentId: toId, source, updatedAt: at } };
  const gaps = gapsIn(card.source.quote, quote, rest.gaps);
  if (!gaps) return unplaced;
  return { placed: true, method: found.method, card: { ...rest, documentId: toId, source, gaps, updatedAt: at } };
}
