import { ClipboardPaste, FilePlus2, FileUp } from '../../../ui/first-screen-icons';
import { useFocusOnLeave } from '../../../ui/useFocusOnLeave';
import { useMenuButton } from '../../../ui/useMenuButton';
import { IMPORT_BUTTON, useImportControls } from './import-context';

/**
 * The header's "Import" button and its menu (a WAI-ARIA menu button): arrows move between the two
 * items, Escape closes and returns to the button, Tab leaves. Shown on every page.
 */
export function ImportMenu() {
  const controls = useImportControls();
  const { open, button, menu, close, toggle, onMenuKey, onButtonKey } = useMenuButton<HTMLDivElement>();
  // An import that opens its document rebuilds the header: focus on this button goes to the new one.
  const anchor = useFocusOnLeave<HTMLDivElement>(IMPORT_BUTTON);

  if (!controls) return null;

  const busy = controls.busy !== null;

  return (
    <div ref={anchor} className="popover-anchor">
      <button
        ref={button}
        type="button"
        className="icon-button icon-button--labelled import-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'import-menu' : undefined}
        onClick={toggle}
        onKeyDown={onButtonKey}
      >
        <span className="icon-button__icon" aria-hidden="true">
          <FilePlus2 size={18} />
        </span>
        <span>Import</span>
      </button>
      {open && (
        <div ref={menu} id="import-menu" className="import-menu" role="menu" aria-label="Import" onKeyDown={onMenuKey}>
          <button
            type="button"
            role="menuitem"
            className="import-menu__item"
            disabled={busy}
            onClick={() => {
              close(true);
              controls.chooseFile();
            }}
          >
            <FileUp size={16} aria-hidden="true" />
            <span>Import files…</span>
          </button>
          <button
            type="button"
            role="menuitem"
            className="import-menu__item"
            onClick={() => {
              close(false);
              controls.openPaste(button.current);
            }}
          >
            <ClipboardPaste size={16} aria-hidden="true" />
            <span>Paste text…</span>
          </button>
          <p className="import-menu__hint">Or drop files anywhere on the window.</p>
        </div>
      )}
    </div>
  );
}
