/** Small pieces of English the messages share, on either side (the renderer imports this too: no dependencies). */

/** "a", "a and b", "a, b and c". */
export function joinWithAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
