/**
 * The desktop's open dialog for an import, as the service's `pickImportFiles`: the main side reads
 * each file the person picked, when its turn comes, so its bytes never travel through the renderer
 * or the call cap. Electron is injected, so tests need none. (Electron 41.7.1's docs/api/dialog.md:
 * `dialog.showOpenDialog` with `properties: ['openFile', 'multiSelections']` and `filters` resolves
 * to `filePaths`, "an empty array" when cancelled.)
 */
import path from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { CallError } from '../contract/dispatch';
import { IMPORT_LIMITS } from '../domain/import/import-registry';
import type { PickedFile, PickImportFiles } from '../service/deps';
import { nodeFsPort, type FsPort } from '../store/fs-port';

export type ImportFs = Pick<FsPort, 'readFile'> & { size(file: string): Promise<number> };

export interface ImportFileDeps {
  /** `dialog.showOpenDialog`, bound to the focused window when there is one. */
  showOpenDialog: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;
  filters: readonly { name: string; extensions: string[] }[];
  defaultDir: string;
  fs?: ImportFs;
}

const nodeFs: ImportFs = { readFile: nodeFsPort.readFile, size: async (file: string) => (await import('node:fs/promises')).stat(file).then((s) => s.size) };

export function pickImportFilesWithDialog({ showOpenDialog, filters, defaultDir, fs = nodeFs }: ImportFileDeps): PickImportFiles {
  return async () => {
    const result = await showOpenDialog({ title: 'Import documents', defaultPath: defaultDir, properties: ['openFile', 'multiSelections'], filters: filters.map((f) => ({ ...f })) });
    if (result.canceled || result.filePaths.length === 0) return null;
    return result.filePaths.map((file) => ({ fileName: path.basename(file), read: () => readImportFile(file, fs) }));
  };
}

/** Reads a file to import (picked in the dialog, or dropped on the window), its size checked first. */
export async function readImportFile(file: string, fs: ImportFs = nodeFs): Promise<PickedFile> {
  const fileName = path.basename(file);
  // Checked before reading, so a huge file is refused without filling the memory.
  const size = await fs.size(file).catch(() => -1);
  if (size > IMPORT_LIMITS.fileBytes) {
    throw new CallError('invalid-input', `“${fileName}” was not imported: it is larger than ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB.`);
  }
  try {
    return { fileName, bytes: await fs.readFile(file) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CallError('invalid-input', `“${fileName}” could not be read (${reason}). Nothing was imported.`);
  }
}
