import type { ReactNode } from 'react';
import { BookOpen } from '../../ui/first-screen-icons';
import { ImportMenu } from '../library/import/ImportMenu';
import { useCurrentDocument } from './current-document';
import { navItemsFor } from './nav';

type Props = { current: string; actions?: ReactNode; children?: ReactNode };

/**
 * The app frame's top bar: the name, the places you can go, and the current page's tools.
 * Only places that work are listed, and only those the open document has (see navItemsFor).
 */
export function AppHeader({ current, actions, children }: Props) {
  const open = useCurrentDocument();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <div className="app-header__brand">
          <BookOpen size={20} aria-hidden="true" />
          <span>Lectern</span>
        </div>
        <nav className="app-nav" aria-label="Main">
          {navItemsFor(open?.item.features ?? null).map((item) => (
            <a key={item.path} className="app-nav__link" href={`#/${item.path}`} aria-current={item.path === current ? 'page' : undefined}>
              {item.label}
            </a>
          ))}
        </nav>
        <div className="app-header__actions">
          <ImportMenu />
          {actions}
        </div>
      </div>
      {children}
    </header>
  );
}
