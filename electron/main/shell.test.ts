import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { IpcMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { article } from '../../data/article';
import { ipcChannel } from '../contract/channels';
import { FLUSH_SAVES_CHANNEL, FLUSH_SAVES_DONE_CHANNEL } from '../contract/shell-events';
import { createService } from '../service/service';
import { openStore, type Store } from '../store/store';
import { FakeApp, FakeIpcWithHandlers, FakeWindow } from './electron-fakes';
import { registerIpc } from './ipc';
import { PendingWork, trackedStore } from '../store/pending-work';
import { startShell, type ShellApp, type ShellWindow } from './shell';
import type { FlushIpc } from './renderer-flush';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-shell-'));
});
afterEach(async () => {
  // A save left pending by a test may land while the folder goes; rm retries ENOTEMPTY then.
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
});

const paragraphId = article.paragraphs[3]!.id;
type Saved = { reading: Record<string, { paragraphId: string; offset: number }>; window: unknown };
/** The data file as it was when the process ended: writes still running then would be lost. */
let atExit: Saved | null = null;
const onDisk = async () => atExit!;
const until = async (done: () => boolean) => {
  for (let i = 0; i < 500 && !done(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(done()).toBe(true);
};

/**
 * The shell over a real store, with Electron faked as its source behaves (electron-fakes.ts). The
 * page holds a reading place in its debounce: it sends it when main asks it to flush, as the
 * preload and the page's flush listeners do, and only then answers.
 */
async function shellWithPendingSave(platform: NodeJS.Platform = 'linux') {
  const store: Store = await openStore({ dataDir: dir });
  const work = new PendingWork();
  const tracked = trackedStore(store, work);
  const ipc = new FakeIpcWithHandlers();
  registerIpc(ipc as unknown as Pick<IpcMain, 'handle' | 'on'>, createService({ store: tracked }), (call) => work.track(call));
  const app = new FakeApp();
  atExit = null;
  app.on('quit', () => (atExit = JSON.parse(readFileSync(path.join(dir, 'lectern.json'), 'utf8')) as Saved));
  const released: string[] = [];
  let pending: { paragraphId: string; offset: number; percent: number } | null = null;
  const keeper = startShell<FakeWindow & ShellWindow>({
    app: app as unknown as ShellApp,
    platform,
    ipc: ipc as unknown as FlushIpc,
    store: tracked,
    work,
    screen: { getDisplayMatching: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }) },
    makeWindow: (place) => {
      const win = new FakeWindow(app, { x: place.x ?? 100, y: place.y ?? 100, width: place.width, height: place.height }) as FakeWindow & ShellWindow;
      win.webContents.onMessage = (channel, request) => {
        if (channel !== FLUSH_SAVES_CHANNEL) return;
        if (pending) void ipc.invoke(ipcChannel('reading.save'), { documentId: article.id, ...pending });
        pending = null;
        // A later turn, as an IPC message would arrive.
        setTimeout(() => ipc.fromPage(win.webContents, FLUSH_SAVES_DONE_CHANNEL, request), 1);
      };
      return win;
    },
    releaseLock: () => void released.push('lock'),
  });
  const win = keeper.show();
  return { app, win, keeper, released, type: (offset: number) => (pending = { paragraphId, offset, percent: 40 }) };
}

describe('quitting', () => {
  it('saves the reading place still waiting in the page before the process ends, then releases the folder', async () => {
    const { app, released, type } = await shellWithPendingSave();
    type(123);
    app.quit();
    expect(app.exited).toBe(false); // the first before-quit was prevented
    await until(() => app.exited);
    expect((await onDisk()).reading[article.id]).toMatchObject({ paragraphId, offset: 123 });
    expect(released).toEqual(['lock']);
    expect(app.events.filter((e) => e === 'before-quit')).toHaveLength(2);
  });

  it('on macOS too, where closing the windows alone would not quit', async () => {
    const { app, type } = await shellWithPendingSave('darwin');
    type(55);
    app.quit();
    await until(() => app.exited);
    expect((await onDisk()).reading[article.id]).toMatchObject({ offset: 55 });
  });

  it('saves the window’s bounds, moved a moment ago, before quitting', async () => {
    const { app, win } = await shellWithPendingSave();
    win.moveTo(300, 200);
    app.quit();
    await until(() => app.exited);
    expect((await onDisk()).window).toEqual({ x: 300, y: 200, width: 1180, height: 860, maximized: false });
  });

  it('closing the last window flushes the page before it goes, and then quits (Linux, Windows)', async () => {
    const { app, win, type } = await shellWithPendingSave('linux');
    type(77);
    win.close();
    expect(win.isDestroyed()).toBe(false); // held open while the page flushes
    await until(() => app.exited);
    expect((await onDisk()).reading[article.id]).toMatchObject({ offset: 77 });
  });
});

describe('the window', () => {
  it('is made again by a Dock click after the last one closed on macOS, without touching the destroyed one', async () => {
    const { app, win, keeper } = await shellWithPendingSave('darwin');
    win.close();
    await until(() => win.isDestroyed());
    expect(app.exited).toBe(false); // macOS apps stay open without windows
    expect(() => app.emit('activate', {}, false)).not.toThrow();
    const again = keeper.current();
    expect(again).not.toBeNull();
    expect(again).not.toBe(win);
    expect(app.windows).toEqual([again]);
  });

  it('is raised, restored and focused for a second launch', async () => {
    const { win, keeper } = await shellWithPendingSave();
    win.minimized = true;
    keeper.show();
    expect(win).toMatchObject({ minimized: false, visible: true, focused: true });
  });

  it('gives the folder back at a Windows session end, which no will-quit follows', async () => {
    const { win, released } = await shellWithPendingSave('win32');
    win.emit('session-end', { reasons: ['shutdown'] });
    expect(released).toEqual(['lock']);
  });
});
