import { memo } from 'react';
import type { LibraryItem } from '../../../electron/contract/library';
import { openInReader } from '../app/current-document';
import { lengthTexts, progressText, studyFigures } from './figures';
import { RowMenu, type MenuAction } from './RowMenu';

export type RowActions = {
  edit: (item: LibraryItem) => void;
  remove: (item: LibraryItem) => void;
  setHidden: (item: LibraryItem, hidden: boolean) => void;
};

type Props = { item: LibraryItem; actions: RowActions };

const sourceLabel: Record<LibraryItem['source']['kind'], string> = {
  builtin: 'Built-in',
  pack: 'Study pack',
  txt: 'Text file',
  md: 'Markdown',
  html: 'Web page',
  epub: 'EPUB',
  paste: 'Pasted text',
};

/** One document of the library: its title opens it; its figures; its tags; a menu of what else to do. */
export const LibraryRow = memo(function LibraryRow({ item, actions }: Props) {
  const titleId = `doc-${item.id}-title`;
  const menu: MenuAction[] = [
    { label: 'Edit title, author and tags…', onSelect: () => actions.edit(item) },
    item.builtin
      ? item.hidden
        ? { label: 'Show in library', onSelect: () => actions.setHidden(item, false) }
        : { label: 'Hide from library', onSelect: () => actions.setHidden(item, true) }
      : { label: 'Remove from library', onSelect: () => actions.remove(item), tone: 'danger' },
  ];
  const figures = studyFigures(item);
  const percent = Math.round(item.progress);
  return (
    <li className={`library-row ${item.hidden ? 'library-row--hidden' : ''}`} aria-labelledby={titleId} data-document-id={item.id}>
      <div className="library-row__main">
        <h2 className="library-row__title" id={titleId}>
          <a
            className="library-row__open"
            href={`#/reader?doc=${encodeURIComponent(item.id)}`}
            onClick={(event) => {
              event.preventDefault();
              openInReader(item.id);
            }}
          >
            {item.title}
          </a>
        </h2>
        <p className="library-row__byline">
          {item.author && <span>{item.author}</span>}
          {lengthTexts(item).map((text) => (
            <span key={text}>{text}</span>
          ))}
          <span>{sourceLabel[item.source.kind]}</span>
          {item.hidden && <span className="library-row__badge">Hidden</span>}
        </p>
        <div className="library-row__study">
          <span className="library-row__progress">
            <span className="library-row__bar" aria-hidden="true">
              <span className="library-row__bar-fill" style={{ width: `${Math.min(100, Math.max(0, percent))}%` }} />
            </span>
            {progressText(item)}
          </span>
          {figures.map((figure) => (
            <span key={figure}>{figure}</span>
          ))}
        </div>
        {item.tags.length > 0 && (
          <ul className="library-row__tags" aria-label="Tags">
            {item.tags.map((tag) => (
              <li key={tag} className="tag-chip">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </div>
      <RowMenu label={`More actions for ${item.title}`} actions={menu} />
    </li>
  );
});
