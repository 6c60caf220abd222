/** Cloze cards: a quote with chosen gaps, hidden on the front and revealed on the back. */
import type { Gap } from '../../contract/flashcards-values';

/** A run of a cloze text: plain, or a gap (hidden on the front, marked on the back) with its hint. */
export type ClozePart = { text: string; gap: boolean; hint?: string };

/** The mark shown in place of a hidden gap. */
export const GAP_MARK = '[…]';

/** What stands in for a hidden gap: its hint in brackets (as Anki shows `{{c1::text::hint}}`), else "[…]". */
export function gapMark(hint: string | undefined): string {
  return hint ? `[${hint}]` : GAP_MARK;
}

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
    parts.push(gap.hint ? { text: text.slice(gap.start, gap.end), gap: true, hint: gap.hint } : { text: text.slice(gap.start, gap.end), gap: true });
    at = gap.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), gap: false });
  return parts;
}

/** The front of a cloze card as plain text: every gap replaced by its hint in brackets, or "[…]". */
export function clozeFront(text: string, gaps: readonly Gap[]): string {
  return clozeParts(text, gaps)
    .map((part) => (part.gap ? gapMark(part.hint) : part.text))
    .join('');
}

/** The text in Anki's cloze syntax: every gap becomes `{{c1::…}}` or `{{c1::…::hint}}` (one card, all gaps together). */
export function ankiCloze(text: string, gaps: readonly Gap[]): string {
  return clozeParts(text, gaps)
    .map((part) => (part.gap ? `{{c1::${part.text}${part.hint ? `::${part.hint}` : ''}}}` : part.text))
    .join('');
}

const MARKUP = /\{\{c(\d+)::(.*?)(?:::([^}]*))?\}\}/gu;

/**
 * Reads Anki cloze markup (`NATO is … a {{c1::single-agency::kind}} office`) into the plain text and
 * its gaps. Only `c1` is accepted: a card hides all its gaps together. Throws on anything else, or on
 * braces left over, so a typo in the deck fails its test instead of showing stray markup.
 */
export function parseClozeMarkup(markup: string): { text: string; gaps: Gap[] } {
  let text = '';
  let at = 0;
  const gaps: Gap[] = [];
  for (const match of markup.matchAll(MARKUP)) {
    const [whole, number, hidden = '', hint] = match;
    if (number !== '1') throw new Error(`only c1 gaps are supported, found c${number}`);
    if (hidden.trim() === '') throw new Error('a gap must hide words');
    text += markup.slice(at, match.index);
    const start = text.length;
    text += hidden;
    gaps.push(hint && hint.trim() ? { start, end: text.length, hint: hint.trim() } : { start, end: text.length });
    at = match.index + whole.length;
  }
  text += markup.slice(at);
  if (gaps.length === 0) throw new Error('no {{c1::…}} gap in the cloze');
  if (/\{\{|\}\}/.test(text)) throw new Error('unbalanced cloze braces');
  return { text, gaps };
}
