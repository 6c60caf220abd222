/**
 * The desktop shell's lifecycle, with Electron passed in (main.ts) so tests can drive it with fakes
 * that behave as Electron's source does: the window made and remade, its bounds remembered, and
 * quitting, closing or a Windows session end never losing a save.
 */
import type { Store } from '../store/store';
import { keepMainWindow, type MainWindowLike, type WindowKeeper } from './app-window';
import type { PendingWork } from '../store/pending-work';
import { guardWindowClose, installQuitGuard, type ClosingWindow, type QuitApp } from './quit-guard';
import { flushRenderer, type FlushableContents, type FlushIpc } from './renderer-flush';
import { rememberBounds, type BoundsWindow } from './window-bounds';
import { placeWindow, type ScreenLike, type WindowPlace } from './window-place';

export type ShellWindow = MainWindowLike &
  ClosingWindow &
  BoundsWindow & {
    readonly webContents: FlushableContents;
    on(event: 'session-end', listener: () => void): unknown;
  };

export interface ShellApp extends QuitApp {
  on(event: 'before-quit' | 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'activate' | 'window-all-closed', listener: () => void): unknown;
}

export interface ShellDeps<W extends ShellWindow> {
  app: ShellApp;
  platform: NodeJS.Platform;
  ipc: FlushIpc;
  /** The store, its updates followed by `work` (trackedStore). */
  store: Store;
  work: PendingWork;
  screen: ScreenLike;
  /** Makes the BrowserWindow at `place` and starts loading the app into it. */
  makeWindow(place: WindowPlace): W;
  /** Gives the data folder back (its lock); must be synchronous, it also runs at a session end. */
  releaseLock(): void;
  log?: (error: unknown) => void;
}

export function startShell<W extends ShellWindow>(deps: ShellDeps<W>): WindowKeeper<W> {
  const { app, ipc, store, work } = deps;
  const boundsOf = new WeakMap<W, { saveNow(): void }>();
  const flushPage = (win: W) => flushRenderer(win.webContents, ipc);

  const guard = installQuitGuard(app, {
    flushAll: async () => {
      const win = keeper.current();
      if (win) {
        boundsOf.get(win)?.saveNow();
        await flushPage(win);
      }
      await work.idle();
    },
    hasPendingWork: () => work.size > 0,
    idle: () => work.idle(),
    onExit: deps.releaseLock,
    ...(deps.log ? { log: deps.log } : {}),
  });

  const keeper = keepMainWindow(() => {
    const saved = store.read().window;
    const win = deps.makeWindow(placeWindow(saved, deps.screen));
    const bounds = rememberBounds(win, (next) => store.update((draft) => void (draft.window = next)), saved);
    boundsOf.set(win, bounds);
    guardWindowClose(win, guard, { saveBounds: bounds.saveNow, flush: () => flushPage(win).then(() => work.idle()) });
    // Windows shutdown or log-off: no will-quit follows (docs/api/app.md), and it cannot be delayed.
    win.on('session-end', () => {
      bounds.saveNow();
      void flushPage(win);
      deps.releaseLock();
    });
    return win;
  });

  app.on('activate', () => void keeper.show());
  app.on('window-all-closed', () => {
    if (deps.platform !== 'darwin') app.quit();
  });
  return keeper;
}
