/** Cloze cards: a quote with chosen gaps, hidden on the front and revealed on the back. */
import type { Gap } from '../../contract/flashcards-values';

/** A run of a cloze text: plain, or a gap (hidden on the front, marked on the back). */
export type ClozePart = { text: string; gap: boolean };

/** The mark shown in place of a hidden gap. */
export const GAP_MARK = '[…]';

/** Gaps sorted by position; throws with a message a person can read when a gap is empty, outside the text or overlaps another. */
export function normalizeGaps(text: string, gaps: readonly Gap[]): Gap[] {
  const sorted = [...gaps].sort((a, b) => a.start - b.start);
  sorted.forEach((gap, index) => {
    if (gap.end <= gap.start) throw new Error('A gap must cover at least one character.');
    if (gap.end > text.length) throw new Error('A gap reaches past the end of the quote.');
    if (text.slice(gap.start, gap.end).trim() === '') throw new Error('A gap must hide words, not only spaces.');
    const previous = sorted[index - 1];
    if (previous && gap.start < previous.end) throw new Error('Two gaps overlap; choose separate words.');
  });
  return sorted;
}

/** The text split into plain runs and gaps, in order (gaps assumed normalized). */
export function clozeParts(text: string, gaps: readonly Gap[]): ClozePart[] {
  const parts: ClozePart[] = [];
  let at = 0;
  for (const gap of gaps) {
    if (gap.start > at) parts.push({ text: text.slice(at, gap.start), gap: false });
    parts.push({ text: text.slice(gap.start, gap.end), gap: true });
    at = gap.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), gap: false });
  return parts;
}

/** The front of a cloze card as plain text: every gap replaced by "[…]". */
export function clozeFront(text: string, gaps: readonly Gap[]): string {
  return clozeParts(text, gaps)
    .map((part) => (part.gap ? GAP_MARK : part.text))
    .join('');
}

/** The text in Anki's cloze syntax: every gap becomes `{{c1::…}}` (one card, all gaps together). */
export function ankiCloze(text: string, gaps: readonly Gap[]): string {
  return clozeParts(text, gaps)
    .map((part) => (part.gap ? `{{c1::${part.text}}}` : part.text))
    .join('');
}
