/** The one window's options: Electron's security checklist, in one place a test reads. */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from '../store/schema';

export const APP_ORIGIN = 'app://lectern';

export function windowOptions(preloadPath: string, bounds: WindowBounds | null): BrowserWindowConstructorOptions {
  return {
    width: bounds?.width ?? 1180,
    height: bounds?.height ?? 860,
    ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 520,
    minHeight: 480,
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
