/** The library's documents from `library.list`, and the calls that change them; every change reloads the list. */
import { useCallback, useEffect, useState } from 'react';
import type { LibraryItem } from '../../../electron/contract/library';
import type { LibrarySort } from '../../../electron/contract/settings';
import { api } from '../../api/client';

export type LibraryState =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; items: LibraryItem[]; tags: string[]; sort: LibrarySort };

export type DetailsPatch = { title: string; author: string; tags: string[] };

export function useLibrary() {
  const [library, setLibrary] = useState<LibraryState>({ state: 'loading' });
  // The sort the user chose last comes with the first list, so the rows never jump into order.
  const reload = useCallback(
    () =>
      Promise.all([api['library.list']({}), api['settings.get']({})]).then(
        ([{ items, tags }, settings]) => setLibrary({ state: 'ready', items, tags, sort: settings.librarySort ?? 'added' }),
        (error: Error) => setLibrary({ state: 'failed', message: error.message }),
      ),
    [],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  // Each change resolves with the changed document (or rejects with the service's message) and refreshes the list.
  const after = useCallback(
    async <T>(call: Promise<T>): Promise<T> => {
      const value = await call;
      await reload();
      return value;
    },
    [reload],
  );
  const updateDetails = useCallback((id: string, patch: DetailsPatch) => after(api['library.update']({ id, ...patch })), [after]);
  const setHidden = useCallback((id: string, hidden: boolean) => after(api['library.setHidden']({ id, hidden })), [after]);
  const remove = useCallback((id: string) => after(api['library.remove']({ id }).then((r) => r.removed)), [after]);
  const undoRemove = useCallback((id: string) => after(api['library.undoRemove']({ id })), [after]);
  // A view preference: a failed save leaves this visit sorted as chosen and says nothing.
  const saveSort = useCallback((librarySort: LibrarySort) => void api['settings.update']({ librarySort }).catch(() => undefined), []);
  return { library, reload, saveSort, updateDetails, setHidden, remove, undoRemove };
}
