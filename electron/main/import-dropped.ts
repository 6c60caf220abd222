/**
 * The desktop's drop: the preload names the dropped file by its path (Electron 41's
 * docs/api/web-utils.md, `webUtils.getPathForFile`, called in the preload as that page advises) and
 * the main side reads it, with the dialog's size check, so the bytes never cross IPC or its cap.
 */
import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Reply } from '../contract/contract';
import { replyOf } from '../contract/dispatch';
import { IMPORT_DROPPED_CHANNEL } from '../contract/shell-events';
import type { LibraryImports } from '../service/library/library-service';
import { readImportFile, type ImportFs } from './import-file';
import { isAppUrl } from './window-options';

export function registerDroppedImport(ipcMain: Pick<IpcMain, 'handle'>, imports: Pick<LibraryImports, 'importFile'>, fs?: ImportFs): void {
  ipcMain.handle(IMPORT_DROPPED_CHANNEL, async (event: IpcMainInvokeEvent, filePath: unknown): Promise<Reply<unknown>> => {
    if (!isAppUrl(event.senderFrame?.url ?? '')) return { ok: false, error: { code: 'internal', message: 'Refused: the drop did not come from Lectern’s own window.' } };
    // '' is what getPathForFile gives for a File not backed by a file on disk (one the page built).
    if (typeof filePath !== 'string' || filePath.length === 0 || filePath.length > 4096 || !path.isAbsolute(filePath)) {
      return { ok: false, error: { code: 'invalid-input', message: 'Only a file dropped from your computer can be imported.' } };
    }
    return replyOf(async () => imports.importFile(await readImportFile(filePath, fs)));
  });
}
