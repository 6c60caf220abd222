/**
 * Nothing the person did is lost by quitting or closing the window. Electron quits as soon as
 * `before-quit` is not prevented (shell/browser/browser.cc, Browser::Quit), and a window closes once
 * `close` is not prevented; either would end the process with a debounced save still waiting. So
 * the first `before-quit` is prevented, the pages flush, pending work is awaited, and only then is
 * quit called again; a window's first `close` likewise waits for its page's flush.
 */

type Preventable = { preventDefault(): void };

export interface QuitApp {
  on(event: 'before-quit' | 'will-quit', listener: (event: Preventable) => void): unknown;
  quit(): void;
}

export interface QuitGuard {
  /** True from the first `before-quit` on. */
  readonly quitting: boolean;
}

export interface QuitGuardDeps {
  /** Saves window bounds, asks every page to flush, awaits it and the store's write queue. */
  flushAll(): Promise<void>;
  /** True while some write is still running (checked again at `will-quit`). */
  hasPendingWork(): boolean;
  /** Awaits the writes that started after flushAll. */
  idle(): Promise<void>;
  /** Runs once the process is really going: releases the data folder. */
  onExit(): void;
  log?: (error: unknown) => void;
}

export function installQuitGuard(app: QuitApp, deps: QuitGuardDeps): QuitGuard {
  let state: 'running' | 'flushing' | 'flushed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'flushed') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    void deps
      .flushAll()
      .catch((error: unknown) => deps.log?.(error))
      .finally(() => {
        state = 'flushed';
        app.quit();
      });
  });
  // A window's `close` during the quit may still start a write (its last bounds): wait for it too.
  app.on('will-quit', (event) => {
    if (deps.hasPendingWork()) {
      event.preventDefault();
      void deps.idle().finally(() => app.quit());
      return;
    }
    deps.onExit();
  });
  return {
    get quitting() {
      return state !== 'running';
    },
  };
}

export interface ClosingWindow {
  on(event: 'close', listener: (event: Preventable) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

/**
 * The window saves its bounds on `close` and, outside a quit, waits for its page to flush first.
 * During a quit it never prevents `close`: that would cancel the quit (Browser::OnWindowCloseCancelled).
 */
export function guardWindowClose(win: ClosingWindow, guard: QuitGuard, deps: { saveBounds(): void; flush(): Promise<void> }): void {
  let flushed = false;
  win.on('close', (event) => {
    deps.saveBounds();
    if (flushed || guard.quitting) return;
    event.preventDefault();
    flushed = true;
    void deps.flush().finally(() => {
      if (!win.isDestroyed()) win.close();
    });
  });
}
