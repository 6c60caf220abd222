// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHODS_CHANNEL } from '../contract/channels';
import { FLUSH_SAVES_CHANNEL, FLUSH_SAVES_DONE_CHANNEL, FLUSH_SAVES_EVENT, MENU_COMMAND_CHANNEL } from '../contract/shell-events';

/** ipcRenderer as the preload uses it: sendSync answered by main, `on` listeners main sends to, `send` recorded. */
const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
const sent: unknown[][] = [];
const exposed: Record<string, unknown> = {};
vi.mock('electron', () => ({
  ipcRenderer: {
    sendSync: (channel: string) => (channel === METHODS_CHANNEL ? ['settings.get'] : undefined),
    invoke: async () => ({ ok: true, value: {} }),
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => void listeners.set(channel, listener),
    send: (...args: unknown[]) => void sent.push(args),
  },
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void (exposed[key] = value) },
}));

beforeAll(async () => {
  await import('./preload');
});

describe('the preload', () => {
  it('exposes one function per method and nothing of ipcRenderer', () => {
    expect(Object.keys(exposed.lectern as object)).toEqual(['settings.get']);
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
