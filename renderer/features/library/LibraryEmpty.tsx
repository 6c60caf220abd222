import type { ReactNode } from 'react';
import { BookPlus, SearchX } from 'lucide-react';
import type { LibraryItem } from '../../../electron/contract/library';
import type { LibraryQuery } from './library-view';

type EmptyProps = { importActions?: ReactNode; hidden: readonly LibraryItem[]; onShow: (item: LibraryItem) => void };

/** No document to show at all: how to bring one in, and the hidden built-in one to show again. */
export function LibraryEmpty({ importActions, hidden, onShow }: EmptyProps) {
  return (
    <section className="library-empty" aria-labelledby="library-empty-title">
      <BookPlus size={32} aria-hidden="true" className="library-empty__icon" />
      <h2 id="library-empty-title" className="library-empty__title">
        Your library is empty
      </h2>
      <p className="library-empty__text">
        Bring in something to study: choose <strong>Import</strong> at the top of the window to open a text, Markdown, web page or EPUB file, drop a file anywhere
        onto this window, or paste text.
      </p>
      {importActions && <div className="library-empty__actions">{importActions}</div>}
      {hidden.length > 0 && (
        <div className="library-empty__hidden">
          {hidden.map((item) => (
            <p key={item.id}>
              You hid “{item.title}”.{' '}
              <button type="button" className="button" onClick={() => onShow(item)}>
                Show “{item.title}” again
              </button>
            </p>
          ))}
        </div>
      )}
    </section>
  );
}

type NoMatchProps = { query: LibraryQuery; onClear: () => void };

/** A search or tag filter that leaves nothing: say so, and offer the way back. */
export function NoMatch({ query, onClear }: NoMatchProps) {
  const search = query.search.trim();
  const what = [search && `matches “${search}”`, query.tag && `is tagged “${query.tag}”`].filter(Boolean).join(' and ');
  const clear = search && query.tag ? 'Clear search and tag' : search ? 'Clear search' : 'Show all documents';
  return (
    <section className="library-empty library-empty--inline" aria-labelledby="library-nomatch-title">
      <SearchX size={28} aria-hidden="true" className="library-empty__icon" />
      <h2 id="library-nomatch-title" className="library-empty__title">
        No document {what}
      </h2>
      <p className="library-empty__text">Search looks in titles and authors.</p>
      <button type="button" className="button" onClick={onClear}>
        {clear}
      </button>
    </section>
  );
}
