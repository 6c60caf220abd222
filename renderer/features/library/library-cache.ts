/**
 * The library's last list in this window, so a visit can show it in its first frame while the
 * fresh list loads. It is handed out only while no change call was sent or settled since its read
 * was sent (api/change-count): after a change in this window the screen waits for the fresh list.
 */
import { changeCount } from '../../api/change-count';
import type { LibraryItem } from '../../../electron/contract/library';
import type { LibrarySort } from '../../../electron/contract/settings';

export type LibraryList = { items: LibraryItem[]; tags: string[]; sort: LibrarySort };

let kept: { list: LibraryList; changes: number } | null = null;

/** Keeps `list`, read by a call sent when the change count was `changesWhenSent`. */
export function keepLibrary(list: LibraryList, changesWhenSent: number): void {
  kept = { list, changes: changesWhenSent };
}

/** The kept list if nothing may have changed it since, else null. */
export function keptLibrary(): LibraryList | null {
  return kept && kept.changes === changeCount() ? kept.list : null;
}

/** Forgets the kept list (tests). */
export function forgetLibrary(): void {
  kept = null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `next` with every item equal to one of `was` replaced by that object, and `was` itself when
 * nothing differs: a fresh list that matches what is shown re-renders no row (rows are memoised).
 */
export function sharedWith(was: LibraryList | null, next: LibraryList): LibraryList {
  if (!was) return next;
  const old = new Map(was.items.map((item) => [item.id, item]));
  const items = next.items.map((item) => {
    const before = old.get(item.id);
    return before && same(before, item) ? before : item;
  });
  const unchanged = items.length === was.items.length && items.every((item, i) => item === was.items[i]) && same(was.tags, next.tags) && was.sort === next.sort;
  return unchanged ? was : { ...next, items };
}
