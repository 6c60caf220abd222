/** What the import controls share: the app frame provides it (ImportProvider), the header's menu uses it. */
import { createContext, useContext } from 'react';

/**
 * The import under way: its bytes on their way (the web version's upload), the main side reading
 * the file, then saving it (which Stop no longer reaches). `fraction` is 0-1, or null while nothing
 * tells how far it got. `batch` places the file among several picked or dropped together: the
 * `index`th (from 1) of `count`.
 */
export type ImportBusy = { fileName: string; stage: 'sending' | 'reading' | 'saving'; fraction: number | null; batch?: { index: number; count: number } };

export type ImportControls = {
  /** The import under way, or null. One runs at a time. */
  busy: ImportBusy | null;
  /** The desktop's open dialog, or the browser's file chooser in the web version. */
  chooseFile: () => void;
  /** Opens the "Paste text" dialog; focus returns to `opener` when it closes. */
  openPaste: (opener: HTMLElement | null) => void;
};

export const ImportContext = createContext<ImportControls | null>(null);

/** The import controls; null outside the app frame (a page rendered alone in a test). */
export function useImportControls(): ImportControls | null {
  return useContext(ImportContext);
}

/** The header's Import button, where imports begin: focus goes back there when an import's status or dialog leaves. */
export const IMPORT_BUTTON = '.import-menu__button';
