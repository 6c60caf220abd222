import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../domain/import/import-registry';
import { pickImportFileWithDialog } from './import-file';

// The fake answers as Electron 41's docs/api/dialog.md says showOpenDialog resolves: `{ canceled,
// filePaths }`, `filePaths` an empty array when the person cancels.
function openDialog(answer: string | null) {
  const asked: OpenDialogOptions[] = [];
  const show = async (options: OpenDialogOptions): Promise<OpenDialogReturnValue> => {
    asked.push(options);
    return answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] };
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
  it('reads the file the person picked on the main side, named without its folder', async () => {
    const file = path.join(dir, 'notes.txt');
    await writeFile(file, 'A short text.');
    const dialog = openDialog(file);
    const picked = await pickImportFileWithDialog({ showOpenDialog: dialog.show, filters, defaultDir: dir })();
    expect(picked?.fileName).toBe('notes.txt');
    expect(Buffer.from(picked!.bytes).toString('utf8')).toBe('A short text.');
    expect(dialog.asked).toEqual([{ title: 'Import a document', defaultPath: dir, properties: ['openFile'], filters }]);
  });

  it('answers null when the person cancels', async () => {
    const dialog = openDialog(null);
    await expect(pickImportFileWithDialog({ showOpenDialog: dialog.show, filters, defaultDir: dir })()).resolves.toBeNull();
  });

  it('refuses a file over the size cap before reading it', async () => {
    let read = false;
    const fs = { size: async () => IMPORT_LIMITS.fileBytes + 1, readFile: async () => ((read = true), Buffer.alloc(0)) };
    const pick = pickImportFileWithDialog({ showOpenDialog: openDialog(path.join(dir, 'book.epub')).show, filters, defaultDir: dir, fs });
    await expect(pick()).rejects.toThrow(/“book\.epub” was not imported: it is larger than 50 MB\./);
    expect(read).toBe(false);
  });

  it('says which file could not be read, and why', async () => {
    const pick = pickImportFileWithDialog({ showOpenDialog: openDialog(path.join(dir, 'gone.txt')).show, filters, defaultDir: dir });
    await expect(pick()).rejects.toThrow('“gone.txt” could not be read (ENOENT). Nothing was imported.');
  });
});
