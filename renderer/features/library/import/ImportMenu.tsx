import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ClipboardPaste, FilePlus2, FileUp } from '../../../ui/first-screen-icons';
import { useImportControls } from './import-context';

/**
 * The header's "Import" button and its menu (a WAI-ARIA menu button): arrows move between the two
 * items, Escape closes and returns to the button, Tab leaves. Shown on every page.
 */
export function ImportMenu() {
  const controls = useImportControls();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  if (!controls) return null;

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const moveTo = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') moveTo(at + 1);
    else if (event.key === 'ArrowUp') moveTo(at - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(items.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') return setOpen(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  const busy = controls.busy !== null;

  return (
    <div className="popover-anchor">
      <button
        ref={button}
        type="button"
        className="icon-button icon-button--labelled import-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'import-menu' : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
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
            <span>Import a file…</span>
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
          <p className="import-menu__hint">Or drop a file anywhere on the window.</p>
        </div>
      )}
    </div>
  );
}
