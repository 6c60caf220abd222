import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaultyFs } from '../store/faulty-fs';
import { saveFileWithDialog } from './save-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-save-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = { fileName: 'notes.md', mimeType: 'text/markdown', content: '# Notes\n' };

describe('saveFileWithDialog', () => {
  it('offers the documents folder and the format, and writes where the person chose', async () => {
    const chosen = path.join(dir, 'mine.md');
    const asked: unknown[] = [];
    const save = saveFileWithDialog({ defaultDir: '/docs', showSaveDialog: async (options) => (asked.push(options), { canceled: false, filePath: chosen }) });
    await expect(save(file)).resolves.toEqual({ outcome: 'saved', path: chosen });
    expect(await readFile(chosen, 'utf8')).toBe('# Notes\n');
    expect(asked).toEqual([expect.objectContaining({ defaultPath: path.join('/docs', 'notes.md'), filters: [{ name: 'Markdown', extensions: ['md'] }, { name: 'All files', extensions: ['*'] }] })]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const save = saveFileWithDialog({ defaultDir: dir, showSaveDialog: async () => ({ canceled: true, filePath: '' }) });
    await expect(save(file)).resolves.toEqual({ outcome: 'cancelled' });
  });

  it('says the export was not saved when the disk refuses', async () => {
    const fs = new FaultyFs().fail('writeFile', 'EACCES');
    const save = saveFileWithDialog({ defaultDir: dir, fs, showSaveDialog: async () => ({ canceled: false, filePath: path.join(dir, 'x.md') }) });
    await expect(save(file)).rejects.toMatchObject({ code: 'write-failed', message: expect.stringContaining('EACCES') });
  });
});
