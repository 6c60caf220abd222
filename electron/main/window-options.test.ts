import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl, windowOptions } from './window-options';

describe('windowOptions', () => {
  const preload = '/app/dist/electron/preload.cjs';

  it('follows Electron’s security checklist', () => {
    const prefs = windowOptions(preload, null).webPreferences ?? {};
    expect(prefs).toMatchObject({
      preload,
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
    });
  });

  it('keeps the checklist when restoring saved bounds', () => {
    const options = windowOptions(preload, { x: 10, y: 20, width: 900, height: 700, maximized: true });
    expect(options).toMatchObject({ x: 10, y: 20, width: 900, height: 700 });
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  });

  it('opens hidden at a default size and place when nothing was saved', () => {
    const options = windowOptions(preload, null);
    expect(options).toMatchObject({ width: 1180, height: 860, show: false });
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });
});

describe('isAppUrl', () => {
  it.each([`${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/`, `${APP_ORIGIN}/assets/app.js?x=1#y`])('accepts the app’s own %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'https://example.com',
    'http://lectern/index.html',
    'file:///app/index.html',
    'app://lectern.evil/index.html',
    'app://evil/lectern',
    'app://lectern:8080/index.html',
    'app://user@evil/index.html',
    'javascript:alert(1)',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
