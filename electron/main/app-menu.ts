/**
 * The application menu: Lectern's own commands with the shortcuts the page already answers, the
 * standard Edit and Window menus (roles, so copy, paste, minimise behave natively), About, and no
 * Reload or developer tools in a packaged build. Replaces Electron's default menu
 * (lib/browser/default-menu.ts), which ships Reload, Force Reload and Toggle Developer Tools.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { PAGE_SHORTCUTS, type PageShortcut } from '../contract/shell-events';

export { PAGE_SHORTCUTS, type PageShortcut };

/** Places the View menu opens (hash routes of the renderer's router), numbered in the navigation's order. */
export const PLACES = [
  { path: 'library', label: 'Library', accelerator: 'CmdOrCtrl+1' },
  { path: 'reader', label: 'Reader', accelerator: 'CmdOrCtrl+2' },
  { path: 'flashcards', label: 'Flashcards', accelerator: 'CmdOrCtrl+3' },
  { path: 'selftest', label: 'Self-test', accelerator: 'CmdOrCtrl+4' },
] as const;

export interface MenuActions {
  /** Tells the page to run one of its shortcuts. */
  page(command: PageShortcut): void;
  navigate(path: string): void;
  exportAnnotations(format: 'markdown' | 'jsonld'): void;
  exportCards(format: 'anki' | 'csv'): void;
  importAnnotations(): void;
  /** The page's own import (the open dialog on the main side, then the page opens the document). */
  importDocument(): void;
}

export interface MenuContext {
  platform: NodeJS.Platform;
  /** `app.isPackaged`: no developer tools or reload in what users install. */
  packaged: boolean;
  actions: MenuActions;
}

const pageItem = (label: string, command: PageShortcut, actions: MenuActions): MenuItemConstructorOptions => ({
  label,
  accelerator: PAGE_SHORTCUTS[command].accelerator,
  click: () => actions.page(command),
});

export function menuTemplate({ platform, packaged, actions }: MenuContext): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: mac ? 'File' : '&File',
    submenu: [
      { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => actions.importDocument() },
      { label: 'Import Annotations…', click: () => actions.importAnnotations() },
      { type: 'separator' },
      { label: 'Export Annotations as Markdown…', click: () => actions.exportAnnotations('markdown') },
      { label: 'Export Annotations as JSON-LD…', click: () => actions.exportAnnotations('jsonld') },
      { label: 'Export Flashcards for Anki…', click: () => actions.exportCards('anki') },
      { label: 'Export Flashcards as CSV…', click: () => actions.exportCards('csv') },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: mac ? 'View' : '&View',
    submenu: [
      ...PLACES.map(({ path, label, accelerator }): MenuItemConstructorOptions => ({ label, accelerator, click: () => actions.navigate(path) })),
      { type: 'separator' },
      pageItem('Find in Text…', 'find', actions),
      { type: 'separator' },
      pageItem('Larger Text', 'text-larger', actions),
      pageItem('Smaller Text', 'text-smaller', actions),
      pageItem('Default Text Size', 'text-reset', actions),
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(packaged ? [] : ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[])),
    ],
  };
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [{ role: 'about' }] };
  return [...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []), file, { role: 'editMenu' }, view, { role: 'windowMenu' }, ...(mac ? [] : [help])];
}
