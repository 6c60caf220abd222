/**
 * Denials applied to every session and web contents: no navigation away from the app, no new
 * windows, no webviews, and no permission but one: `clipboard-sanitized-write`, which Chromium asks
 * for before `navigator.clipboard.writeText`, granted to the app's own main frame only. Takes
 * Electron's objects as narrow interfaces so a test can hand it fakes and check each handler's answer.
 */
import { isAppUrl } from './window-options';

/** The one permission the renderer needs: "Copy" (quotes, exports) writes plain text. */
export const GRANTED_PERMISSION = 'clipboard-sanitized-write';

/** What Electron passes as `details` (electron_permission_manager.cc sets these two for frames). */
type RequestDetails = { requestingUrl?: string; isMainFrame?: boolean };
type CheckDetails = RequestDetails & { embeddingOrigin?: string };

export interface SessionLike {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: RequestDetails) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, requestingOrigin: string, details: CheckDetails) => boolean): void;
}

export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): void;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * True for the app's own top-level page: a main frame whose URL, origin and (when given) embedding
 * origin are app://lectern. Electron sets `embeddingOrigin` to the main frame's own origin on the
 * current-document check path, so its presence alone says nothing.
 */
function fromAppMainFrame(details: CheckDetails, requestingOrigin?: string): boolean {
  if (details.isMainFrame !== true) return false;
  if (details.embeddingOrigin !== undefined && !isAppUrl(details.embeddingOrigin)) return false;
  if (requestingOrigin !== undefined && !isAppUrl(requestingOrigin)) return false;
  return isAppUrl(details.requestingUrl ?? '');
}

export function lockDownSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permission === GRANTED_PERMISSION && fromAppMainFrame(details ?? {}));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    return permission === GRANTED_PERMISSION && fromAppMainFrame(details ?? {}, requestingOrigin);
  });
}

export function lockDownContents(contents: WebContentsLike): void {
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
