/** The one window's options: Electron's security checklist, in one place a test reads. */
import type { BrowserWindowConstructorOptions } from 'electron';
import { DEFAULT_SIZE, MIN_SIZE, type WindowPlace } from './window-place';

export const APP_ORIGIN = 'app://lectern';

/** `place` comes from placeWindow (window-place.ts): a size that fits a display, x/y only when on one. */
export function windowOptions(preloadPath: string, place: WindowPlace | null): BrowserWindowConstructorOptions {
  return {
    width: place?.width ?? DEFAULT_SIZE.width,
    height: place?.height ?? DEFAULT_SIZE.height,
    ...(place?.x !== undefined && place.y !== undefined ? { x: place.x, y: place.y } : {}),
    minWidth: Math.min(MIN_SIZE.width, place?.width ?? MIN_SIZE.width),
    minHeight: Math.min(MIN_SIZE.height, place?.height ?? MIN_SIZE.height),
    show: false,
    title: 'Lectern',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** True when a URL belongs to the app's own renderer (IPC senders and navigation are checked with it). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' && parsed.host === 'lectern';
  } catch {
    return false;
  }
}
