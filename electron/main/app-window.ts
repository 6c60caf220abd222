/**
 * The one main window, made again when needed. After the last window closes (macOS keeps running),
 * the old BrowserWindow is destroyed and any call on it throws "Object has been destroyed"; so the
 * window is forgotten on `closed`, and a second launch or a Dock click makes a new one.
 */

export interface MainWindowLike {
  on(event: 'closed', listener: () => void): unknown;
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export interface WindowKeeper<W> {
  /** The window if there is one alive. */
  current(): W | null;
  /** Brings the window up: restored, shown and focused; made anew if there is none. */
  show(): W;
}

export function keepMainWindow<W extends MainWindowLike>(create: () => W): WindowKeeper<W> {
  let win: W | null = null;
  const current = () => (win && !win.isDestroyed() ? win : null);
  const ensure = (): W => {
    const alive = current();
    if (alive) return alive;
    const made = create();
    win = made;
    made.on('closed', () => {
      if (win === made) win = null;
    });
    return made;
  };
  return {
    current,
    show: () => {
      const fresh = current() === null;
      const shown = ensure();
      // A new window shows itself once it is ready to (no white flash); an existing one is raised now.
      if (!fresh) {
        if (shown.isMinimized()) shown.restore();
        shown.show();
        shown.focus();
      }
      return shown;
    },
  };
}
