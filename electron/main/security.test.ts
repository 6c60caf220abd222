import { describe, expect, it, vi } from 'vitest';
import { lockDownContents, lockDownSession, type SessionLike, type WebContentsLike } from './security';

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

describe('lockDownSession', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])('denies a request for %s', (permission) => {
    const { session, handlers } = fakeSession();
    lockDownSession(session);
    const callback = vi.fn<(granted: boolean) => void>();
    handlers.request?.({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('answers every permission check with false', () => {
    const { session, handlers } = fakeSession();
    lockDownSession(session);
    expect(handlers.check).toBeDefined();
    for (const permission of ['media', 'geolocation', 'notifications']) expect(handlers.check?.({}, permission, 'app://lectern', {})).toBe(false);
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
