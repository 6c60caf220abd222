import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { METHODS_CHANNEL } from '../contract/channels';
import { MAX_REQUEST_BYTES, ipcChannel, methods, type Handlers } from '../contract/contract';
import { defaultSettings } from '../contract/reader-values';
import { registerIpc } from './ipc';

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;

type SyncEvent = { senderFrame: { url: string } | null; returnValue?: unknown };

function fakeIpc() {
  const registered = new Map<string, Listener>();
  const syncListeners = new Map<string, (event: SyncEvent) => void>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => void registered.set(channel, listener),
    on: (channel: string, listener: (event: SyncEvent) => void) => void syncListeners.set(channel, listener),
  } as unknown as Pick<IpcMain, 'handle' | 'on'>;
  return { ipcMain, registered, syncListeners };
}

/** Fakes for the core methods the tests call; feature methods are not reached here. */
function fakeHandlers() {
  const handlers = {
    'app.status': vi.fn<Handlers['app.status']>(async () => ({ notices: [], dataDir: '/data', readOnly: false, now: '2026-03-01T09:00:00.000Z' })),
    'app.dismissNotices': vi.fn<Handlers['app.dismissNotices']>(async () => ({ ok: true as const })),
    'settings.get': vi.fn<Handlers['settings.get']>(async () => ({ ...defaultSettings, theme: 'sepia' as const })),
    'settings.update': vi.fn<Handlers['settings.update']>(async (patch) => ({ ...defaultSettings, ...patch })),
    'reading.get': vi.fn<Handlers['reading.get']>(async () => null),
    'reading.save': vi.fn<Handlers['reading.save']>(async ({ documentId: _id, ...rest }) => ({ ...rest, updatedAt: 'now' })),
  };
  return handlers as typeof handlers & Handlers;
}

const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } }) as unknown as IpcMainInvokeEvent;

function setUp() {
  const { ipcMain, registered, syncListeners } = fakeIpc();
  const handlers = fakeHandlers();
  registerIpc(ipcMain, handlers);
  const invoke = (method: string, event: IpcMainInvokeEvent, input: unknown = {}) => {
    const listener = registered.get(`lectern:${method}`);
    if (!listener) throw new Error(`no handler for ${method}`);
    return listener(event, input);
  };
  const askMethods = (url: string | null) => {
    const event: SyncEvent = { senderFrame: url === null ? null : { url } };
    syncListeners.get(METHODS_CHANNEL)?.(event);
    return event.returnValue;
  };
  return { registered, handlers, invoke, askMethods };
}

describe('registerIpc', () => {
  it('tells the app’s own preload the method names, and nobody else', () => {
    const { askMethods } = setUp();
    expect(askMethods('app://lectern/index.html')).toEqual(methods);
    expect(askMethods('https://evil.example/')).toEqual([]);
    expect(askMethods(null)).toEqual([]);
  });

  it('registers one channel per contract method', () => {
    expect([...setUp().registered.keys()].sort()).toEqual(methods.map(ipcChannel).sort());
  });

  it('answers a call from the app’s own window with the service’s value', async () => {
    const { invoke } = setUp();
    await expect(invoke('settings.get', from('app://lectern/index.html'))).resolves.toEqual({ ok: true, value: { ...defaultSettings, theme: 'sepia' } });
  });

  it.each(['https://evil.example', 'https://evil.example/app://lectern/', 'app://lectern.evil/', 'file:///index.html', 'http://127.0.0.1:5173/', ''])(
    'refuses a call from %j without reaching the service',
    async (url) => {
      const { invoke, handlers } = setUp();
      await expect(invoke('settings.update', from(url), { theme: 'dark' })).resolves.toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Refused/) } });
      expect(handlers['settings.update']).not.toHaveBeenCalled();
    },
  );

  it('refuses a call whose frame is gone', async () => {
    const { invoke, handlers } = setUp();
    await expect(invoke('settings.get', from(null))).resolves.toMatchObject({ ok: false });
    expect(handlers['settings.get']).not.toHaveBeenCalled();
  });

  it('validates the input with the contract', async () => {
    const { invoke } = setUp();
    await expect(invoke('settings.update', from('app://lectern/'), { fontSizeStep: 99 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('fontSizeStep') },
    });
  });

  it('refuses an input over the size cap, counted in bytes', async () => {
    const { invoke, handlers } = setUp();
    // Three bytes per character in UTF-8: a third of the cap in characters is over it in bytes.
    const input = { theme: '€'.repeat(Math.ceil(MAX_REQUEST_BYTES / 3) + 10) };
    await expect(invoke('settings.update', from('app://lectern/'), input)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(handlers['settings.update']).not.toHaveBeenCalled();
  });

  it.each([
    ['a BigInt', { offset: 10n }],
    ['a cycle', (() => {
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      return cyclic;
    })()],
  ])('answers invalid-input, not a thrown error, for input holding %s', async (_name, input) => {
    const { invoke } = setUp();
    await expect(invoke('reading.save', from('app://lectern/'), input)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
