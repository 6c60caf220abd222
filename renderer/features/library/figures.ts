/** A document's figures as the library row says them. */
import type { LibraryItem } from '../../../electron/contract/library';

// One formatter for every figure: Number#toLocaleString builds a new one per call, which made the
// figures of a hundred rows cost milliseconds.
const count = new Intl.NumberFormat('en');

export const plural = (n: number, one: string, many = `${one}s`) => `${count.format(n)} ${n === 1 ? one : many}`;

/** "4,210 words", "18 min read" */
export function lengthTexts(item: LibraryItem): [string, string] {
  return [plural(item.words, 'word'), `${item.readingMinutes} min read`];
}

/** "42% read", "Not started", "Finished" */
export function progressText(item: LibraryItem): string {
  const percent = Math.round(item.progress);
  if (percent <= 0) return 'Not started';
  if (percent >= 100) return 'Finished';
  return `${percent}% read`;
}

/** What the user made on the document; zero counts are left out so a fresh row stays quiet. */
export function studyFigures(item: LibraryItem): string[] {
  const figures: string[] = [];
  if (item.annotations > 0) figures.push(plural(item.annotations, 'annotation'));
  if (item.cards > 0) figures.push(item.cardsDue > 0 ? `${plural(item.cardsDue, 'card')} due` : `${plural(item.cards, 'card')}, none due`);
  if (item.lastSelftestPercent !== null) figures.push(`Self-test ${Math.round(item.lastSelftestPercent)}%`);
  return figures;
}

/** What goes with a removed document, for the toast: "with its 3 annotations and 2 cards". */
export function goesWith(item: LibraryItem): string {
  const parts = [item.annotations > 0 ? plural(item.annotations, 'annotation') : null, item.cards > 0 ? plural(item.cards, 'card') : null].filter(Boolean);
  return parts.length === 0 ? '' : ` with its ${parts.join(' and ')}`;
}
