/** Tag hygiene: what a list of tags typed by a person becomes before it is stored. */

/**
 * Trims each tag, drops blank ones and repeats (compared case-insensitively, the first spelling
 * wins), keeping the order they were typed in.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase('en');
    if (tag.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
