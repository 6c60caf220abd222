import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { Library } from 'lucide-react';
import type { LibraryItem } from '../../../electron/contract/library';
import { Banner } from '../../ui/Banner';
import { Toast } from '../../ui/Toast';
import { AppHeader } from '../app/AppHeader';
import { EditDetailsDialog } from './EditDetailsDialog';
import { useFirstScreenRows } from './first-screen-rows';
import { goesWith, plural } from './figures';
import { LibraryEmpty, NoMatch } from './LibraryEmpty';
import { LibraryRow, type RowActions } from './LibraryRow';
import { LibraryToolbar } from './LibraryToolbar';
import { visibleItems, type LibraryQuery } from './library-view';
import { useLibrary } from './useLibrary';

type Props = {
  /** The import controls (file, paste), shown in the header and in the empty library. */
  importActions?: ReactNode;
};

type Notice = { tone: 'info' | 'error'; text: string; undo?: LibraryItem };

/** The library, the home screen: every document with its figures; open, sort, search, tag, edit, remove. */
export function LibraryPage({ importActions }: Props) {
  const { library, saveSort, updateDetails, setHidden, remove, undoRemove } = useLibrary();
  const [query, setQuery] = useState<Omit<LibraryQuery, 'sort'> & { sort: LibraryQuery['sort'] | null }>({ sort: null, search: '', tag: null, showHidden: false });
  const [editing, setEditing] = useState<LibraryItem | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const list = useRef<HTMLUListElement>(null);

  const changeQuery = useCallback((patch: Partial<LibraryQuery>) => {
    if (patch.sort) saveSort(patch.sort);
    setQuery((was) => ({ ...was, ...patch }));
  }, [saveSort]);
  const fail = (what: string) => (error: Error) => setNotice({ tone: 'error', text: `${what}: ${error.message}` });
  const focusRow = (id: string | undefined) =>
    requestAnimationFrame(() => (id ? list.current?.querySelector<HTMLElement>(`[data-document-id="${CSS.escape(id)}"] .library-row__open`) : document.getElementById('library-title'))?.focus());

  const items = useMemo(() => (library.state === 'ready' ? library.items : []), [library]);
  // Until the user picks one here, the sort is the one saved in their settings.
  const effective = useMemo<LibraryQuery>(() => ({ ...query, sort: query.sort ?? (library.state === 'ready' ? library.sort : 'added') }), [query, library]);
  const shown = useMemo(() => visibleItems(items, effective), [items, effective]);
  const hiddenCount = items.filter((item) => item.hidden).length;
  const rows = useFirstScreenRows(shown);

  const actions = useMemo<RowActions>(
    () => ({
      edit: setEditing,
      remove: (item) => {
        const at = shown.findIndex((i) => i.id === item.id);
        const next = shown[at + 1] ?? shown[at - 1];
        remove(item.id).then(() => {
          setNotice({ tone: 'info', text: `Removed “${item.title}”${goesWith(item)}.`, undo: item });
          focusRow(next?.id === item.id ? undefined : next?.id);
        }, fail(`“${item.title}” was not removed`));
      },
      setHidden: (item, hidden) => {
        setHidden(item.id, hidden).then(() => {
          setNotice({ tone: 'info', text: hidden ? `“${item.title}” is hidden. Show it again with “Show hidden”.` : `“${item.title}” is back in your library.` });
          if (!hidden) focusRow(item.id);
          else if (!query.showHidden) focusRow(undefined);
        }, fail(hidden ? `“${item.title}” was not hidden` : `“${item.title}” was not shown`));
      },
    }),
    [shown, remove, setHidden, query.showHidden],
  );
  const undo = (item: LibraryItem) => {
    setNotice(null);
    undoRemove(item.id).then(() => {
      setNotice({ tone: 'info', text: `“${item.title}” is back${goesWith(item)}.` });
      focusRow(item.id);
    }, fail(`“${item.title}” could not be brought back`));
  };

  const visible = items.filter((item) => !item.hidden);
  return (
    <>
      <AppHeader current="library" actions={importActions} />
      <main className="library-page" id="main">
        <div className="library-page__top">
          <h1 className="page-title" id="library-title" tabIndex={-1}>
            Library
          </h1>
          {library.state === 'ready' && visible.length > 0 && <p className="library-page__count">{plural(visible.length, 'document')}</p>}
        </div>
        {library.state === 'loading' && (
          <p className="library-page__status" role="status">
            <Library size={18} aria-hidden="true" /> Opening your library…
          </p>
        )}
        {library.state === 'failed' && (
          <Banner tone="error" title="Your library could not be loaded">
            {library.message}
          </Banner>
        )}
        {library.state === 'ready' &&
          (visible.length === 0 && !query.showHidden ? (
            <LibraryEmpty importActions={importActions} hidden={items.filter((item) => item.hidden)} onShow={(item) => actions.setHidden(item, false)} />
          ) : (
            <>
              <LibraryToolbar query={effective} tags={library.tags} hiddenCount={hiddenCount} onChange={changeQuery} />
              {shown.length === 0 ? (
                <NoMatch query={effective} onClear={() => changeQuery({ search: '', tag: null })} />
              ) : (
                <ul className="library-list" aria-label="Documents" ref={list}>
                  {rows.map((item) => (
                    <LibraryRow key={item.id} item={item} actions={actions} />
                  ))}
                </ul>
              )}
            </>
          ))}
      </main>
      {editing && (
        <EditDetailsDialog
          item={editing}
          knownTags={library.state === 'ready' ? library.tags : []}
          onSave={(patch) => updateDetails(editing.id, patch)}
          onClose={() => setEditing(null)}
        />
      )}
      {notice && (
        <Toast
          key={notice.text}
          tone={notice.tone}
          timeout={notice.undo ? 12_000 : 6000}
          onDismiss={() => setNotice(null)}
          action={
            notice.undo && (
              <button type="button" className="button" onClick={() => notice.undo && undo(notice.undo)}>
                Undo
              </button>
            )
          }
        >
          {notice.text}
        </Toast>
      )}
    </>
  );
}
