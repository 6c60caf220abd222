import { describe, expect, it, vi } from 'vitest';
import { GRANTED_PERMISSION, lockDownContents, lockDownSession, type SessionLike, type WebContentsLike } from './security';

type PermissionRequest = Parameters<SessionLike['setPermissionRequestHandler']>[0];
type PermissionCheck = Parameters<SessionLike['setPermissionCheckHandler']>[0];
type NavigationListener = (event: { preventDefault(): void }, url: string) => void;
type OpenHandler = Parameters<WebContentsLike['setWindowOpenHandler']>[0];

function fakeSession() {
  const handlers: { request?: PermissionRequest; check?: PermissionCheck } = {};
  const session: SessionLike = {
    setPermissionRequestHandler: (handler) => void (handlers.request = handler),
    setPermissionCheckHandler: (handler) => void (handlers.check = handler),
  };
  return { session, handlers };
}

function fakeContents() {
  const listeners = new Map<string, NavigationListener[]>();
  let openHandler: OpenHandler | undefined;
  const contents: WebContentsLike = {
    on: (event: string, listener: NavigationListener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    setWindowOpenHandler: (handler) => void (openHandler = handler),
  };
  /** Fires `event` as Electron would; true when a listener prevented it. */
  const fire = (event: string, url = '') => {
    const preventDefault = vi.fn<() => void>();
    for (const listener of listeners.get(event) ?? []) listener({ preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }), hasOpenHandler: () => openHandler !== undefined };
}

/**
 * A frame as ElectronPermissionManager (shell/browser/electron_permission_manager.cc, v41.7.1) describes
 * it: requests carry `requestingUrl` and `isMainFrame`; a current-document check passes the frame's
 * origin as `requestingOrigin` (GURL spec, so "app://lectern/") and sets `embeddingOrigin` to the main
 * frame's origin, for the main frame too; a check without a frame gets neither url nor main frame.
 */
type Frame = { url: string; mainFrameUrl?: string };
/** Scheme and host, as GURL's origin spec prints them (Node's URL gives "null" for app:). */
const originOf = (url: string) => url.replace(/^([a-z]+:\/\/[^/]+).*$/, '$1/');

function request(handlers: ReturnType<typeof fakeSession>['handlers'], permission: string, frame: Frame): boolean {
  const callback = vi.fn<(granted: boolean) => void>();
  handlers.request?.({}, permission, callback, { requestingUrl: frame.url, isMainFrame: frame.mainFrameUrl === undefined });
  expect(callback).toHaveBeenCalledOnce();
  return callback.mock.calls[0]?.[0] ?? true;
}

function check(handlers: ReturnType<typeof fakeSession>['handlers'], permission: string, frame: Frame | null): boolean | undefined {
  if (frame === null) return handlers.check?.(null, permission, 'app://lectern/', { embeddingOrigin: 'app://lectern/', isMainFrame: false });
  const embedding = originOf(frame.mainFrameUrl ?? frame.url);
  return handlers.check?.({}, permission, originOf(frame.url), { embeddingOrigin: embedding, requestingUrl: frame.url, isMainFrame: frame.mainFrameUrl === undefined });
}

const appPage: Frame = { url: 'app://lectern/index.html#/reader' };

describe('lockDownSession', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])('denies a request for %s, even from the app', (permission) => {
    const { session, handlers } = fakeSession();
    lockDownSession(session);
    expect(request(handlers, permission, appPage)).toBe(false);
    expect(check(handlers, permission, appPage)).toBe(false);
  });

  it('grants writing to the clipboard to the app’s own page, on request and on check', () => {
    const { session, handlers } = fakeSession();
    lockDownSession(session);
    expect(request(handlers, GRANTED_PERMISSION, appPage)).toBe(true);
    expect(check(handlers, GRANTED_PERMISSION, appPage)).toBe(true);
  });

  it.each<[string, Frame]>([
    ['another site', { url: 'https://evil.example/' }],
    ['a look-alike host', { url: 'app://lectern.evil/index.html' }],
    ['a subframe inside the app', { url: 'app://lectern/frame.html', mainFrameUrl: 'app://lectern/index.html' }],
    ['a foreign subframe inside the app', { url: 'https://evil.example/', mainFrameUrl: 'app://lectern/index.html' }],
  ])('refuses clipboard writes to %s', (_name, frame) => {
    const { session, handlers } = fakeSession();
    lockDownSession(session);
    expect(request(handlers, GRANTED_PERMISSION, frame)).toBe(false);
    expect(check(handlers, GRANTED_PERMISSION, frame)).toBe(false);
  });

  it('refuses a clipboard check that comes with no frame', () => {
    const { session, handlers } = fakeSession();
    lockDownSession(session);
    expect(check(handlers, GRANTED_PERMISSION, null)).toBe(false);
  });
});

describe('lockDownContents', () => {
  it.each(['will-navigate', 'will-redirect'])('prevents %s to another site', (event) => {
    const { contents, fire } = fakeContents();
    lockDownContents(contents);
    expect(fire(event, 'https://example.com')).toBe(true);
    expect(fire(event, 'http://127.0.0.1:8080/')).toBe(true);
    expect(fire(event, 'file:///etc/passwd')).toBe(true);
    expect(fire(event, 'app://lectern.evil/index.html')).toBe(true);
  });

  it.each(['will-navigate', 'will-redirect'])('lets %s within the app go ahead', (event) => {
    const { contents, fire } = fakeContents();
    lockDownContents(contents);
    expect(fire(event, 'app://lectern/index.html')).toBe(false);
  });

  it('denies every new window', () => {
    const { contents, open, hasOpenHandler } = fakeContents();
    lockDownContents(contents);
    expect(hasOpenHandler()).toBe(true);
    expect(open('https://example.com')).toEqual({ action: 'deny' });
    expect(open('app://lectern/index.html')).toEqual({ action: 'deny' });
  });

  it('prevents attaching a webview', () => {
    const { contents, fire } = fakeContents();
    lockDownContents(contents);
    expect(fire('will-attach-webview')).toBe(true);
  });
});
