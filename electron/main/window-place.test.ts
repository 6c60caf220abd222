import type { Rectangle } from 'electron';
import { describe, expect, it } from 'vitest';
import { placeWindow, type ScreenLike } from './window-place';

/**
 * `screen` as Electron answers getDisplayMatching (docs/api/screen.md; electron_api_screen.h hands the
 * call to Chromium's display::Screen): the display whose bounds intersect the rectangle most, and the
 * primary display (the first here) when none does. Work areas leave out a 40px taskbar.
 */
function fakeScreen(...bounds: Rectangle[]): ScreenLike {
  const displays = bounds.map((b) => ({ bounds: b, workArea: { ...b, height: b.height - 40 } }));
  const area = (a: Rectangle, b: Rectangle) =>
    Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  return {
    getDisplayMatching: (rect) => {
      const best = displays.reduce((a, b) => (area(b.bounds, rect) > area(a.bounds, rect) ? b : a));
      return area(best.bounds, rect) > 0 ? best : displays[0]!;
    },
  };
}

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('placeWindow', () => {
  it('reopens where it was on a display that is still there', () => {
    const place = placeWindow({ x: 2000, y: 100, width: 1200, height: 900, maximized: false }, fakeScreen(laptop, monitorOnTheRight));
    expect(place).toEqual({ x: 2000, y: 100, width: 1200, height: 900, maximized: false });
  });

  it('lets the OS place it, at a size that fits, when its monitor was unplugged', () => {
    const place = placeWindow({ x: 2000, y: 100, width: 2000, height: 1300, maximized: true }, fakeScreen(laptop));
    expect(place).toEqual({ width: 1440, height: 860, maximized: true });
    expect(place).not.toHaveProperty('x');
  });

  it('pulls a window that hangs off the edge back onto the work area, title bar included', () => {
    const place = placeWindow({ x: 1000, y: -200, width: 1000, height: 700, maximized: false }, fakeScreen(laptop));
    expect(place).toEqual({ x: 440, y: 0, width: 1000, height: 700, maximized: false });
  });

  it('opens at the default size when nothing was saved', () => {
    expect(placeWindow(null, fakeScreen(laptop, monitorOnTheRight))).toEqual({ width: 1180, height: 860, maximized: false });
  });

  it('never asks for more than a small display can show', () => {
    const place = placeWindow(null, fakeScreen({ x: 0, y: 0, width: 1024, height: 600 }));
    expect(place).toEqual({ width: 1024, height: 560, maximized: false });
  });
});
