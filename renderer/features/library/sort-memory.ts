/** The library's sort, remembered on this machine (localStorage: a view preference, not study data). */
import { isSortId, type SortId } from './library-view';

const SORT_KEY = 'lectern.librarySort';

export function rememberedSort(): SortId {
  try {
    const stored = localStorage.getItem(SORT_KEY);
    return isSortId(stored) ? stored : 'added';
  } catch {
    return 'added';
  }
}

export function rememberSort(sort: SortId): void {
  try {
    localStorage.setItem(SORT_KEY, sort);
  } catch {
    // Storage can be off (private windows, policies): the sort then lasts for this visit.
  }
}
