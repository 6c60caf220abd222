/**
 * The desktop's save dialog for every export, as the service's `saveFile` (Electron is injected, so
 * tests need none). Text or bytes are written durably where the person chose.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { MessageBoxOptions, MessageBoxReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { CallError } from '../contract/dispatch';
import type { SaveFile } from '../service/deps';
import { writeDurably } from '../store/durable-file';
import { nodeFsPort, type FsPort } from '../store/fs-port';

export interface SaveFileDeps {
  /** `dialog.showSaveDialog`, bound to the focused window when there is one. */
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  /** `dialog.showMessageBox`, bound likewise: asks before replacing a file the dialog did not ask about. */
  showMessageBox: (options: MessageBoxOptions) => Promise<MessageBoxReturnValue>;
  /** Where the dialog opens: the user's documents folder. */
  defaultDir: string;
  fs?: FsPort;
  exists?: (file: string) => boolean;
}

/** What the dialog calls each kind of file, by extension; other extensions are named after themselves. */
const FORMAT_NAMES: Record<string, string> = {
  md: 'Markdown',
  jsonld: 'JSON-LD (W3C Web Annotation)',
  txt: 'Anki text (tab-separated)',
  csv: 'CSV (comma-separated)',
  apkg: 'Anki package',
  json: 'JSON',
};

/** The one filter for the file's own extension. No "All files": with `*` macOS stops adding the extension. */
export function filterFor(fileName: string): { name: string; extensions: string[] } | null {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  if (!ext) return null;
  return { name: FORMAT_NAMES[ext] ?? `${ext.toUpperCase()} file`, extensions: [ext] };
}

/**
 * The path to write: the chosen one, with the format's extension appended when the person typed none
 * (GTK never adds it; see shell/browser/ui/file_dialog_linux.cc, which passes no default extension).
 */
export function withExtension(chosen: string, fileName: string): string {
  const ext = path.extname(fileName);
  return ext && path.extname(chosen) === '' ? `${chosen}${ext}` : chosen;
}

/** Asks where to save, then writes the file durably; a write error says what failed and that nothing else changed. */
export function saveFileWithDialog({ showSaveDialog, showMessageBox, defaultDir, fs = nodeFsPort, exists = existsSync }: SaveFileDeps): SaveFile {
  return async ({ fileName, content, title }) => {
    const filter = filterFor(fileName);
    const result = await showSaveDialog({
      title: title ?? 'Export',
      defaultPath: path.join(defaultDir, fileName),
      filters: filter ? [filter] : [],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (result.canceled || !result.filePath) return { outcome: 'cancelled' };
    const target = withExtension(result.filePath, fileName);
    // The dialog confirmed replacing the name it saw; the extension we added may name another file.
    if (target !== result.filePath && exists(target)) {
      const answer = await showMessageBox({
        type: 'question',
        buttons: ['Replace', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: `“${path.basename(target)}” already exists. Replace it?`,
        detail: `A file with that name is already in ${path.dirname(target)}. Replacing it overwrites its contents.`,
      });
      if (answer.response !== 0) return { outcome: 'cancelled' };
    }
    try {
      await writeDurably(fs, target, content);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new CallError('write-failed', `The export could not be saved to ${target} (${reason}). Nothing in Lectern changed.`);
    }
    return { outcome: 'saved', path: target };
  };
}
