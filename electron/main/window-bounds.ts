/** Remembers the window's size and place: after it settles (debounced), and at once on `close`. */
import type { Rectangle } from 'electron';
import type { WindowBounds } from '../store/schema';

export interface BoundsWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize', listener: () => void): unknown;
  isDestroyed(): boolean;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

const SETTLE_MS = 400;

/** `save` writes the bounds (a store update); `saveNow` writes them unless they are already saved. */
export function rememberBounds(win: BoundsWindow, save: (bounds: WindowBounds) => Promise<unknown>, initial: WindowBounds | null): { saveNow(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = initial ? JSON.stringify(initial) : '';
  const saveNow = () => {
    clearTimeout(timer);
    if (win.isDestroyed()) return;
    const { x, y, width, height } = win.getNormalBounds();
    const bounds: WindowBounds = { x, y, width, height, maximized: win.isMaximized() };
    const key = JSON.stringify(bounds);
    if (key === last) return;
    last = key;
    // A failed save of the bounds is not worth a message: the next move or close tries again.
    save(bounds).catch(() => (last = ''));
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, SETTLE_MS);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, later);
  return { saveNow };
}
