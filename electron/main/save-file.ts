/** The desktop's save dialog for exports, as the service's `saveFile` (Electron is injected, so tests need none). */
import path from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { CallError } from '../contract/dispatch';
import type { SaveFile } from '../service/deps';
import { writeDurably } from '../store/durable-file';
import { nodeFsPort, type FsPort } from '../store/fs-port';

export interface SaveFileDeps {
  /** `dialog.showSaveDialog`, bound to the focused window when there is one. */
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  /** Where the dialog opens: the user's documents folder. */
  defaultDir: string;
  fs?: FsPort;
}

const filters: Record<string, { name: string; extensions: string[] }> = {
  'text/markdown': { name: 'Markdown', extensions: ['md'] },
  'application/ld+json': { name: 'JSON-LD (W3C Web Annotation)', extensions: ['jsonld', 'json'] },
};

/** Asks where to save, then writes the file durably; a write error says what failed and that nothing else changed. */
export function saveFileWithDialog({ showSaveDialog, defaultDir, fs = nodeFsPort }: SaveFileDeps): SaveFile {
  return async ({ fileName, mimeType, content }) => {
    const filter = filters[mimeType];
    const result = await showSaveDialog({
      title: 'Export annotations',
      defaultPath: path.join(defaultDir, fileName),
      filters: filter ? [filter, { name: 'All files', extensions: ['*'] }] : [],
    });
    if (result.canceled || !result.filePath) return { outcome: 'cancelled' };
    try {
      await writeDurably(fs, result.filePath, content);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new CallError('write-failed', `The export could not be saved to ${result.filePath} (${reason}). Your annotations are unchanged.`);
    }
    return { outcome: 'saved', path: result.filePath };
  };
}
