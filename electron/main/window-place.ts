/**
 * Where the window reopens: the saved rectangle, if it is still on a screen. A monitor unplugged
 * since, or a smaller display, must not leave the window out of reach, so the size is clamped to the
 * display's work area and x/y are kept only when the saved rectangle overlaps that work area.
 */
import type { Rectangle } from 'electron';
import type { WindowBounds } from '../store/schema';

export const DEFAULT_SIZE = { width: 1180, height: 860 } as const;
export const MIN_SIZE = { width: 520, height: 480 } as const;

/** The part of `screen` this needs (docs/api/screen.md: "the display that most closely intersects"). */
export interface ScreenLike {
  getDisplayMatching(rect: Rectangle): { workArea: Rectangle };
}

export type WindowPlace = { width: number; height: number; x?: number; y?: number; maximized: boolean };

function overlapArea(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

/** The window's size and place for `new BrowserWindow`, from what was saved and the displays there are now. */
export function placeWindow(saved: WindowBounds | null, screen: ScreenLike): WindowPlace {
  const wanted = saved ?? { x: 0, y: 0, ...DEFAULT_SIZE, maximized: false };
  const rect = { x: Math.round(wanted.x), y: Math.round(wanted.y), width: Math.round(wanted.width), height: Math.round(wanted.height) };
  const { workArea } = screen.getDisplayMatching(rect);
  const width = clamp(rect.width, Math.min(MIN_SIZE.width, workArea.width), workArea.width);
  const height = clamp(rect.height, Math.min(MIN_SIZE.height, workArea.height), workArea.height);
  const place: WindowPlace = { width, height, maximized: saved?.maximized ?? false };
  if (!saved || overlapArea(rect, workArea) === 0) return place; // let the OS centre it
  // Keep the place, moved just enough that the whole (clamped) window, title bar included, is on screen.
  place.x = clamp(rect.x, workArea.x, workArea.x + workArea.width - width);
  place.y = clamp(rect.y, workArea.y, workArea.y + workArea.height - height);
  return place;
}
