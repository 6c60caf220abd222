import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../domain/import/import-registry';
import { pickImportFilesWithDialog } from './import-file';

// The fake answers as Electron 41's docs/api/dialog.md says showOpenDialog resolves: `{ canceled,
// filePaths }`, `filePaths` an empty array when the person cancels.
function openDialog(...answer: string[]) {
  const asked: OpenDialogOptions[] = [];
  const show = async (options: OpenDialogOptions): Promise<OpenDialogReturnValue> => {
    asked.push(options);
    return answer.length === 0 ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: answer };
  };
  return { asked, show };
}

const filters = [{ name: 'Plain text', extensions: ['txt'] }];
let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-import-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the desktop import dialog', () => {
  it('names the files the person picked without their folder, and reads each only when asked', async () => {
    const first = path.join(dir, 'notes.txt');
    const second = path.join(dir, 'more.md');
    await writeFile(first, 'A short text.');
    const dialog = openDialog(first, second);
    const picked = await pickImportFilesWithDialog({ showOpenDialog: dialog.show, filters, defaultDir: dir })();
    expect(picked?.map((file) => file.fileName)).toEqual(['notes.txt', 'more.md']);
    expect(dialog.asked).toEqual([{ title: 'Import documents', defaultPath: dir, properties: ['openFile', 'multiSelections'], filters }]);
    const read = await picked![0]!.read();
    expect(Buffer.from(read.bytes).toString('utf8')).toBe('A short text.');
    // Written after the pick, before its turn: the bytes read are the file as it is then.
    await writeFile(second, '# More');
    expect(Buffer.from((await picked![1]!.read()).bytes).toString('utf8')).toBe('# More');
  });

  it('answers null when the person cancels', async () => {
    const dialog = openDialog();
    await expect(pickImportFilesWithDialog({ showOpenDialog: dialog.show, filters, defaultDir: dir })()).resolves.toBeNull();
  });

  it('refuses a file over the size cap before reading it', async () => {
    let read = false;
    const fs = { size: async () => IMPORT_LIMITS.fileBytes + 1, readFile: async () => ((read = true), Buffer.alloc(0)) };
    const [picked] = (await pickImportFilesWithDialog({ showOpenDialog: openDialog(path.join(dir, 'book.epub')).show, filters, defaultDir: dir, fs })())!;
    await expect(picked!.read()).rejects.toThrow(/“book\.epub” was not imported: it is larger than 50 MB\./);
    expect(read).toBe(false);
  });

  it('says which file could not be read, and why', async () => {
    const [picked] = (await pickImportFilesWithDialog({ showOpenDialog: openDialog(path.join(dir, 'gone.txt')).show, filters, defaultDir: dir })())!;
    await expect(picked!.read()).rejects.toThrow('“gone.txt” could not be read (ENOENT). Nothing was imported.');
  });
});
