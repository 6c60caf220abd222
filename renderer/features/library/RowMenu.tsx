import { useId } from 'react';
import { MoreHorizontal } from 'lucide-react';
import { useMenuButton } from '../../ui/useMenuButton';

export type MenuAction = { label: string; onSelect: () => void; tone?: 'danger' };

type Props = { label: string; actions: readonly MenuAction[] };

/**
 * A row's "more actions" menu button (the WAI-ARIA menu button pattern): arrows move, Enter runs,
 * Escape closes and gives focus back to the button, Tab or a click elsewhere closes.
 */
export function RowMenu({ label, actions }: Props) {
  const menuId = useId();
  const { open, button, menu, close, toggle, onMenuKey, onButtonKey } = useMenuButton<HTMLUListElement>();

  return (
    <div className="row-menu">
      <button
        ref={button}
        type="button"
        className="icon-button row-menu__button"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={toggle}
        onKeyDown={onButtonKey}
      >
        <MoreHorizontal size={18} aria-hidden="true" />
      </button>
      {open && (
        <ul ref={menu} id={menuId} className="row-menu__list" role="menu" aria-label={label} onKeyDown={onMenuKey}>
          {actions.map((action) => (
            <li key={action.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={`row-menu__item ${action.tone === 'danger' ? 'row-menu__item--danger' : ''}`}
                onClick={() => {
                  // Focus goes back to the button first, so a dialog the action opens returns it there.
                  close(true);
                  action.onSelect();
                }}
              >
                {action.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
