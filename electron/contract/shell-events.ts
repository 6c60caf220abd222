/**
 * The few messages between main and the page that are not contract methods: "save what you have
 * now" before a quit or close, and the application menu's commands. Main sends them over IPC; the
 * preload turns each into a DOM event on `window`, which the page (a separate JavaScript world)
 * can listen to. Free of zod so the preload bundle stays small.
 */

/** main → preload: save pending changes now; the argument is a request id to answer with. */
export const FLUSH_SAVES_CHANNEL = 'lectern:flush-saves';
/** preload → main: every flush listener ran (their saves are under way), with the request id. */
export const FLUSH_SAVES_DONE_CHANNEL = 'lectern:flush-saves-done';
/** The DOM event the page listens to: start saving whatever waits in a debounce, synchronously. */
export const FLUSH_SAVES_EVENT = 'lectern:flush-saves';

/** main → preload: a menu command, by name. */
export const MENU_COMMAND_CHANNEL = 'lectern:menu-command';

/**
 * Commands the page carries out itself, by the shortcut it already answers (the reader's keydown
 * listener: Ctrl or Cmd with the key). The menu shows the accelerator; the preload presses the key.
 */
export const PAGE_SHORTCUTS = {
  find: { key: 'f', accelerator: 'CmdOrCtrl+F' },
  'text-larger': { key: '=', accelerator: 'CmdOrCtrl+=' },
  'text-smaller': { key: '-', accelerator: 'CmdOrCtrl+-' },
  'text-reset': { key: '0', accelerator: 'CmdOrCtrl+0' },
} as const;
export type PageShortcut = keyof typeof PAGE_SHORTCUTS;

/** The DOM event the preload fires for the File menu's "Import Files…"; the page runs its own import. */
export const IMPORT_DOCUMENT_EVENT = 'lectern:import-document';

/**
 * preload → main: import the file dropped on the window, by its path on disk. Only the preload can
 * send it (the page has no ipcRenderer), and it takes the path from the dropped File with
 * `webUtils.getPathForFile`, which answers '' for a File the page made itself.
 */
export const IMPORT_DROPPED_CHANNEL = 'lectern:import-dropped';
