/** Pure search over the article's paragraphs for the find bar. */

export type Match = { paragraphId: string; start: number; end: number };

/**
 * Folds case and typographic quotes so "Japan's" finds "Japan’s". Each character maps to exactly
 * one character, so offsets in the folded text are offsets in the original.
 */
export function foldForSearch(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

/** Every non-overlapping occurrence of `query` in reading order; empty for a blank query. */
export function findMatches(paragraphs: readonly { id: string; text: string }[], query: string): Match[] {
  const needle = foldForSearch(query);
  if (needle.trim() === '') return [];
  const matches: Match[] = [];
  for (const paragraph of paragraphs) {
    const haystack = foldForSearch(paragraph.text);
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      matches.push({ paragraphId: paragraph.id, start: at, end: at + needle.length });
    }
  }
  return matches;
}
