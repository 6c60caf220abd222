// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHODS_CHANNEL } from '../contract/channels';
import { FLUSH_SAVES_CHANNEL, FLUSH_SAVES_DONE_CHANNEL, FLUSH_SAVES_EVENT, IMPORT_DOCUMENT_EVENT, IMPORT_DROPPED_CHANNEL, MENU_COMMAND_CHANNEL } from '../contract/shell-events';

/** ipcRenderer as the preload uses it: sendSync answered by main, `on` listeners main sends to, `send` recorded. */
const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
const sent: unknown[][] = [];
const exposed: Record<string, unknown> = {};
const invoked: unknown[][] = [];
vi.mock('electron', () => ({
  ipcRenderer: {
    sendSync: (channel: string) => (channel === METHODS_CHANNEL ? ['settings.get'] : undefined),
    invoke: async (...args: unknown[]) => (invoked.push(args), args[0] === IMPORT_DROPPED_CHANNEL && args[1] === '' ? { ok: false, error: { code: 'invalid-input', message: 'Only a file dropped from your computer can be imported.' } } : { ok: true, value: {} }),
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => void listeners.set(channel, listener),
    send: (...args: unknown[]) => void sent.push(args),
  },
  // As Electron 41's docs/api/web-utils.md says: the path of a File on disk, '' for one built in JS, a throw for a non-File.
  webUtils: {
    getPathForFile: (file: unknown) => {
      if (!(file instanceof File)) throw new TypeError('not a File');
      return file.name === 'on-disk.txt' ? '/home/me/on-disk.txt' : '';
    },
  },
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void (exposed[key] = value) },
}));

beforeAll(async () => {
  await import('./preload');
});

describe('the preload', () => {
  it('exposes one function per method and nothing of ipcRenderer', () => {
    expect(Object.keys(exposed.lectern as object)).toEqual(['settings.get']);
    expect(Object.keys(exposed.lecternFiles as object)).toEqual(['importDropped']);
  });

  it('names a dropped file to main by its path on disk, and refuses one the page made', async () => {
    const files = exposed.lecternFiles as { importDropped(file: unknown): Promise<unknown> };
    await files.importDropped(new File(['x'], 'on-disk.txt'));
    expect(invoked.at(-1)).toEqual([IMPORT_DROPPED_CHANNEL, '/home/me/on-disk.txt']);
    await expect(files.importDropped(new File(['x'], 'made-up.txt'))).rejects.toThrow('Only a file dropped from your computer can be imported.');
    await expect(files.importDropped({ name: 'not a file' })).rejects.toThrow('Only a file dropped');
    expect(invoked.at(-1)).toEqual([IMPORT_DROPPED_CHANNEL, '']);
  });

  it('turns File > Import Files… into the page’s import event', () => {
    let fired = 0;
    window.addEventListener(IMPORT_DOCUMENT_EVENT, () => (fired += 1));
    listeners.get(MENU_COMMAND_CHANNEL)?.({}, { event: IMPORT_DOCUMENT_EVENT });
    listeners.get(MENU_COMMAND_CHANNEL)?.({}, { event: 'something-else' });
    expect(fired).toBe(1);
  });

  it('runs the page’s flush listeners, then answers main with the request id', () => {
    const order: string[] = [];
    window.addEventListener(FLUSH_SAVES_EVENT, () => order.push('page saved'));
    listeners.get(FLUSH_SAVES_CHANNEL)?.({}, 7);
    order.push(...sent.filter(([channel]) => channel === FLUSH_SAVES_DONE_CHANNEL).map(([, id]) => `answered ${String(id)}`));
    expect(order).toEqual(['page saved', 'answered 7']);
  });

  it('turns a menu command into the page’s own shortcut, or a route', () => {
    const keys: string[] = [];
    window.addEventListener('keydown', (event) => keys.push(`${event.ctrlKey || event.metaKey ? 'mod+' : ''}${event.key}`));
    listeners.get(MENU_COMMAND_CHANNEL)?.({}, { shortcut: 'f' });
    listeners.get(MENU_COMMAND_CHANNEL)?.({}, { shortcut: 'x' });
    expect(keys).toEqual(['mod+f']);
    listeners.get(MENU_COMMAND_CHANNEL)?.({}, { navigate: 'flashcards' });
    expect(window.location.hash).toBe('#/flashcards');
    listeners.get(MENU_COMMAND_CHANNEL)?.({}, { navigate: 'javascript:alert(1)' });
    expect(window.location.hash).toBe('#/flashcards');
  });
});
