/**
 * The library's documents from `library.list`, and the calls that change them; every change this
 * window makes, here or on a screen just left, reloads the list once it settles. A visit starts on the list kept from the last one when nothing changed since
 * (library-cache), and loads the fresh one all the same.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { changeCount, onChangeSettled } from '../../api/change-count';
import type { LibraryItem } from '../../../electron/contract/library';
import type { LibrarySort } from '../../../electron/contract/settings';
import { api } from '../../api/client';
import { useOpenDocumentEvents } from '../app/current-document';
import { keepLibrary, keptLibrary, sharedWith, type LibraryList } from './library-cache';

export type LibraryState =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; items: LibraryItem[]; tags: string[]; sort: LibrarySort };

export type DetailsPatch = { title: string; author: string; tags: string[] };

export function useLibrary() {
  const open = useOpenDocumentEvents();
  const [library, setLibrary] = useState<LibraryState>(() => {
    const kept = keptLibrary();
    return kept ? { state: 'ready', ...kept } : { state: 'loading' };
  });
  // The sort the user chose last comes with the first list, so the rows never jump into order.
  // A list read while a change was on its way (a place saved as the reader closed) may predate it,
  // so each change that settles reads the list again. A read sent at the same change count as one
  // still out shares it; an answer older than the one shown is dropped.
  const out = useRef<{ changes: number; done: Promise<void> } | null>(null);
  const shown = useRef(-1);
  const reload = useCallback((): Promise<void> => {
    const changesWhenSent = changeCount();
    if (out.current && out.current.changes === changesWhenSent) return out.current.done;
    const current = () => changesWhenSent >= shown.current;
    const done = api['library.list']({}).then(
      ({ items, tags, sort }) => {
        if (!current()) return;
        shown.current = changesWhenSent;
        const list: LibraryList = { items, tags, sort };
        keepLibrary(list, changesWhenSent);
        setLibrary((was) => {
          const shared = sharedWith(was.state === 'ready' ? was : null, list);
          return was.state === 'ready' && shared === was ? was : { state: 'ready', ...shared };
        });
      },
      // A failed read leaves `shown` as it was: an older read answering after it may still show its
      // list, the best there is, until the next change reads again.
      (error: Error) => {
        if (current()) setLibrary({ state: 'failed', message: error.message });
      },
    );
    out.current = { changes: changesWhenSent, done };
    void done.then(() => {
      if (out.current?.done === done) out.current = null;
    });
    return done;
  }, []);
  // Before the first frame is painted, so the calls are on their way while it is.
  useLayoutEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => onChangeSettled(() => void reload()), [reload]);

  // Each change resolves with the changed document (or rejects with the service's message) once the list read after it is in.
  const after = useCallback(
    async <T>(call: Promise<T>): Promise<T> => {
      const value = await call;
      await reload();
      return value;
    },
    [reload],
  );
  // The open document's entry follows an edit at once; a removed one is no longer open (Undo reopens nothing by itself).
  const changed = useCallback(
    async (call: Promise<LibraryItem>) => {
      const item = await after(call);
      open.changed(item);
      return item;
    },
    [after, open],
  );
  const updateDetails = useCallback((id: string, patch: DetailsPatch) => changed(api['library.update']({ id, ...patch })), [changed]);
  const setHidden = useCallback((id: string, hidden: boolean) => changed(api['library.setHidden']({ id, hidden })), [changed]);
  const remove = useCallback(
    (id: string) =>
      after(api['library.remove']({ id }).then((r) => r.removed)).then((removed) => {
        open.removed(id);
        return removed;
      }),
    [after, open],
  );
  const undoRemove = useCallback((id: string) => after(api['library.undoRemove']({ id })), [after]);
  // A view preference: a failed save leaves this visit sorted as chosen and says nothing.
  const saveSort = useCallback((librarySort: LibrarySort) => void api['settings.update']({ librarySort }).catch(() => undefined), []);
  return { library, reload, saveSort, updateDetails, setHidden, remove, undoRemove };
}
