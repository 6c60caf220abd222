import { useId } from 'react';
import { Search } from 'lucide-react';
import { SORTS, isSortId, type LibraryQuery } from './library-view';

type Props = {
  query: LibraryQuery;
  tags: readonly string[];
  hiddenCount: number;
  onChange: (patch: Partial<LibraryQuery>) => void;
};

/** Search, tag filter, sort and "Show hidden" above the list. */
export function LibraryToolbar({ query, tags, hiddenCount, onChange }: Props) {
  const tagId = useId();
  const sortId = useId();
  return (
    <div className="library-toolbar" role="search" aria-label="Find a document">
      <label className="library-toolbar__search">
        <Search size={16} aria-hidden="true" />
        <span className="visually-hidden">Search titles and authors</span>
        <input
          type="search"
          value={query.search}
          placeholder="Search titles and authors"
          onChange={(event) => onChange({ search: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query.search) {
              event.preventDefault();
              onChange({ search: '' });
            }
          }}
        />
      </label>
      {tags.length > 0 && (
        <div className="library-toolbar__pick">
          <label htmlFor={tagId}>Tag</label>
          <select id={tagId} value={query.tag ?? ''} onChange={(event) => onChange({ tag: event.target.value || null })}>
            <option value="">All documents</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="library-toolbar__pick">
        <label htmlFor={sortId}>Sort by</label>
        <select id={sortId} value={query.sort} onChange={(event) => isSortId(event.target.value) && onChange({ sort: event.target.value })}>
          {SORTS.map((sort) => (
            <option key={sort.id} value={sort.id}>
              {sort.label}
            </option>
          ))}
        </select>
      </div>
      {hiddenCount > 0 && (
        <label className="library-toolbar__check">
          <input type="checkbox" checked={query.showHidden} onChange={(event) => onChange({ showHidden: event.target.checked })} />
          <span>Show hidden ({hiddenCount})</span>
        </label>
      )}
    </div>
  );
}
