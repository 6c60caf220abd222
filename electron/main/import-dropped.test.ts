import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { IMPORT_DROPPED_CHANNEL } from '../contract/shell-events';
import { IMPORT_LIMITS } from '../domain/import/import-registry';
import type { PickedFile } from '../service/deps';
import { registerDroppedImport } from './import-dropped';

type Handler = (event: IpcMainInvokeEvent, path: unknown) => Promise<unknown>;

function setUp(files: Record<string, string>) {
  const handlers = new Map<string, Handler>();
  const imported: PickedFile[] = [];
  const fs = {
    size: async (file: string) => (file in files ? files[file]!.length : Promise.reject(new Error('ENOENT'))),
    readFile: async (file: string) => (file in files ? new TextEncoder().encode(files[file]) : Promise.reject(Object.assign(new Error('gone'), { code: 'ENOENT' }))),
  };
  const fake = { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) };
  registerDroppedImport(fake as never, { importFile: async (file) => (imported.push(file), { outcome: 'duplicate', item: { id: 'd-1' } } as never) }, fs as never);
  const drop = (path: unknown, url = 'app://lectern/index.html') => handlers.get(IMPORT_DROPPED_CHANNEL)!({ senderFrame: { url } } as IpcMainInvokeEvent, path);
  return { drop, imported };
}

describe('a file dropped on the desktop window', () => {
  it('is read on the main side by its path and imported under its own name', async () => {
    const { drop, imported } = setUp({ '/home/me/notes.txt': 'Some notes.' });
    expect(await drop('/home/me/notes.txt')).toEqual({ ok: true, value: { outcome: 'duplicate', item: { id: 'd-1' } } });
    expect(imported.map((file) => [file.fileName, new TextDecoder().decode(file.bytes)])).toEqual([['notes.txt', 'Some notes.']]);
  });

  it('is refused when the path is not a file on disk (a File the page built) or not absolute', async () => {
    const { drop, imported } = setUp({});
    for (const path of ['', 'notes.txt', 42, null]) {
      expect(await drop(path)).toEqual({ ok: false, error: { code: 'invalid-input', message: 'Only a file dropped from your computer can be imported.' } });
    }
    expect(imported).toEqual([]);
  });

  it('is refused when the drop did not come from Lectern’s own page', async () => {
    const { drop, imported } = setUp({ '/home/me/notes.txt': 'Some notes.' });
    expect(await drop('/home/me/notes.txt', 'https://example.com/')).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(imported).toEqual([]);
  });

  it('names the file when it is too large or cannot be read, and imports nothing', async () => {
    const { drop, imported } = setUp({ '/home/me/huge.txt': 'x'.repeat(IMPORT_LIMITS.fileBytes + 1) });
    expect(await drop('/home/me/huge.txt')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^“huge\.txt” was not imported: it is larger than 50 MB/) } });
    expect(await drop('/home/me/gone.txt')).toMatchObject({ ok: false, error: { message: '“gone.txt” could not be read (ENOENT). Nothing was imported.' } });
    expect(imported).toEqual([]);
  });
});
