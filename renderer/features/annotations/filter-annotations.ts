/** The sidebar's view of the annotations: sorted, filtered by colour and tag, searched. */
import type { AnnotationView } from '../../../electron/contract/annotations';
import type { AnnotationColor } from '../../../electron/contract/annotation-values';

export type SortOrder = 'reading' | 'newest';

export type Filters = {
  sort: SortOrder;
  /** Colours shown; empty means all. */
  colors: readonly AnnotationColor[];
  /** Tag shown, or null for any. */
  tag: string | null;
  query: string;
};

export const noFilters: Filters = { sort: 'reading', colors: [], tag: null, query: '' };

/** Case- and accent-insensitive, and typographic quotes match straight ones. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .toLocaleLowerCase('en');
}

const position = (a: AnnotationView) => (a.placement.status === 'anchored' ? a.placement.start : Number.MAX_SAFE_INTEGER);

/** Sorts and filters; anchored and orphaned annotations come back apart (orphans are listed on their own). */
export function applyFilters(items: readonly AnnotationView[], filters: Filters): { anchored: AnnotationView[]; orphaned: AnnotationView[] } {
  const words = fold(filters.query).split(/\s+/).filter(Boolean);
  const tag = filters.tag === null ? null : fold(filters.tag);
  const kept = items.filter((a) => {
    if (filters.colors.length > 0 && !filters.colors.includes(a.color)) return false;
    if (tag !== null && !a.tags.some((t) => fold(t) === tag)) return false;
    if (words.length === 0) return true;
    const haystack = fold(`${a.target.quote.exact}\n${a.note}\n${a.tags.join(' ')}`);
    return words.every((word) => haystack.includes(word));
  });
  const sorted = [...kept].sort(
    filters.sort === 'reading'
      ? (a, b) => position(a) - position(b) || a.createdAt.localeCompare(b.createdAt)
      : (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  );
  return { anchored: sorted.filter((a) => a.placement.status === 'anchored'), orphaned: sorted.filter((a) => a.placement.status === 'orphaned') };
}

/** Every tag in use, each once (first spelling), alphabetically, with how many annotations carry it. */
export function tagCounts(items: readonly AnnotationView[]): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const a of items) {
    for (const tag of a.tags) {
      const key = fold(tag);
      const entry = counts.get(key) ?? { tag, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => a.tag.localeCompare(b.tag, 'en', { sensitivity: 'base' }));
}
