import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { MessageBoxOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaultyFs } from '../store/faulty-fs';
import { saveFileWithDialog, type SaveFileDeps } from './save-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-save-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = { fileName: 'notes.md', mimeType: 'text/markdown', content: '# Notes\n', title: 'Export annotations' };

/**
 * The dialog as docs/api/dialog.md (v41.7.1) answers: `{ canceled, filePath }`, filePath '' when
 * cancelled; on Linux the name comes back exactly as typed (file_dialog_linux.cc sets no default
 * extension). `typed` is what the person typed, relative to the test folder; null cancels.
 */
function fakeDialogs(typed: string | null, replace: 'Replace' | 'Cancel' = 'Cancel') {
  const asked: SaveDialogOptions[] = [];
  const boxes: MessageBoxOptions[] = [];
  const deps: Omit<SaveFileDeps, 'defaultDir'> = {
    showSaveDialog: async (options) => {
      asked.push(options);
      return typed === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: path.join(dir, typed) };
    },
    showMessageBox: async (options) => {
      boxes.push(options);
      return { response: options.buttons?.indexOf(replace) ?? 0, checkboxChecked: false };
    },
  };
  return { deps, asked, boxes };
}

describe('saveFileWithDialog', () => {
  it('offers the documents folder and the format, asks the dialog to confirm overwrites, and writes where the person chose', async () => {
    const { deps, asked } = fakeDialogs('mine.md');
    const save = saveFileWithDialog({ ...deps, defaultDir: '/docs' });
    await expect(save(file)).resolves.toEqual({ outcome: 'saved', path: path.join(dir, 'mine.md') });
    expect(await readFile(path.join(dir, 'mine.md'), 'utf8')).toBe('# Notes\n');
    expect(asked).toEqual([
      expect.objectContaining({
        title: 'Export annotations',
        defaultPath: path.join('/docs', 'notes.md'),
        filters: [{ name: 'Markdown', extensions: ['md'] }],
        properties: expect.arrayContaining(['showOverwriteConfirmation']),
      }),
    ]);
  });

  it('adds the format’s extension when the person typed a name without one', async () => {
    const { deps } = fakeDialogs('mine');
    const save = saveFileWithDialog({ ...deps, defaultDir: dir });
    await expect(save({ ...file, fileName: 'cards.csv', content: 'a,b\n' })).resolves.toEqual({ outcome: 'saved', path: path.join(dir, 'mine.csv') });
    expect(await readFile(path.join(dir, 'mine.csv'), 'utf8')).toBe('a,b\n');
  });

  it('keeps an extension the person typed', async () => {
    const { deps } = fakeDialogs('mine.markdown');
    await expect(saveFileWithDialog({ ...deps, defaultDir: dir })(file)).resolves.toEqual({ outcome: 'saved', path: path.join(dir, 'mine.markdown') });
  });

  it('asks before the added extension replaces another file, and leaves it alone when told to', async () => {
    await writeFile(path.join(dir, 'mine.md'), 'keep me');
    const { deps, boxes } = fakeDialogs('mine', 'Cancel');
    await expect(saveFileWithDialog({ ...deps, defaultDir: dir })(file)).resolves.toEqual({ outcome: 'cancelled' });
    expect(boxes).toHaveLength(1);
    expect(boxes[0]?.message).toContain('mine.md');
    expect(await readFile(path.join(dir, 'mine.md'), 'utf8')).toBe('keep me');
  });

  it('replaces it when the person says so', async () => {
    await writeFile(path.join(dir, 'mine.md'), 'old');
    const { deps } = fakeDialogs('mine', 'Replace');
    await expect(saveFileWithDialog({ ...deps, defaultDir: dir })(file)).resolves.toEqual({ outcome: 'saved', path: path.join(dir, 'mine.md') });
    expect(await readFile(path.join(dir, 'mine.md'), 'utf8')).toBe('# Notes\n');
  });

  it('writes binary content byte for byte', async () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x0a, 0x0d]);
    const { deps, asked } = fakeDialogs('deck');
    await expect(saveFileWithDialog({ ...deps, defaultDir: dir })({ fileName: 'deck.apkg', mimeType: 'application/octet-stream', content: bytes })).resolves.toMatchObject({ outcome: 'saved' });
    expect(new Uint8Array(await readFile(path.join(dir, 'deck.apkg')))).toEqual(bytes);
    expect(asked[0]?.filters).toEqual([{ name: 'Anki package', extensions: ['apkg'] }]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { deps } = fakeDialogs(null);
    await expect(saveFileWithDialog({ ...deps, defaultDir: dir })(file)).resolves.toEqual({ outcome: 'cancelled' });
  });

  it('says the export was not saved when the disk refuses', async () => {
    const fs = new FaultyFs().fail('writeFile', 'EACCES');
    const { deps } = fakeDialogs('x.md');
    await expect(saveFileWithDialog({ ...deps, defaultDir: dir, fs })(file)).rejects.toMatchObject({ code: 'write-failed', message: expect.stringContaining('EACCES') });
  });
});
