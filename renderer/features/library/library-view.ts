/** What the library screen shows of its documents: sorted, searched, filtered by tag. Pure. */
import type { LibraryItem } from '../../../electron/contract/library';
import type { LibrarySort } from '../../../electron/contract/settings';

export const SORTS: readonly { id: LibrarySort; label: string }[] = [
  { id: 'added', label: 'Library order' },
  { id: 'recent', label: 'Recently read' },
  { id: 'title', label: 'Title' },
  { id: 'progress', label: 'Progress' },
];
export type SortId = LibrarySort;

export type LibraryQuery = { sort: SortId; search: string; tag: string | null; showHidden: boolean };

const byTitle = (a: LibraryItem, b: LibraryItem) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base', numeric: true });

const compare: Record<SortId, ((a: LibraryItem, b: LibraryItem) => number) | null> = {
  // The service's order: built-in documents first, then the user's in the order they came in.
  added: null,
  // Never-read documents after the read ones, newest import first among them.
  recent: (a, b) => (b.lastReadAt ?? '').localeCompare(a.lastReadAt ?? '') || b.importedAt.localeCompare(a.importedAt),
  title: byTitle,
  progress: (a, b) => b.progress - a.progress || byTitle(a, b),
};

/** Case- and accent-blind form of a text, so "zurich" finds "Zürich". */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

/** Every word of the search occurs in the title or the author. */
export function matchesSearch(item: LibraryItem, search: string): boolean {
  const words = folded(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = folded(`${item.title} ${item.author}`);
  return words.every((word) => haystack.includes(word));
}

export function visibleItems(items: readonly LibraryItem[], query: LibraryQuery): LibraryItem[] {
  const shown = items.filter(
    (item) => (query.showHidden || !item.hidden) && (query.tag === null || item.tags.includes(query.tag)) && matchesSearch(item, query.search),
  );
  const order = compare[query.sort];
  return order ? shown.sort(order) : shown;
}

export const isSortId = (value: unknown): value is SortId => SORTS.some((sort) => sort.id === value);
