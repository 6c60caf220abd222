import { describe, expect, it } from 'vitest';
import { findBrowser, missingMessage, type Machine } from './find-browser.mjs';

const PLAYWRIGHT = '/home/ada/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine whose only executables are `files` (path -> first bytes of the file). */
function fakeMachine(files: Record<string, string>, overrides: Partial<Machine> = {}): Machine {
  return {
    platform: 'linux',
    env: {},
    home: '/home/ada',
    playwrightPath: PLAYWRIGHT,
    isExecutableFile: (file) => file in files,
    readHead: (file) => files[file] ?? '',
    ...overrides,
  };
}

const ELF = '\x7fELF';

describe('findBrowser', () => {
  it('uses CHROMIUM_PATH before any browser it would find itself', () => {
    const machine = fakeMachine({ '/usr/bin/chromium': ELF, '/opt/chrome-dev/chrome': ELF }, { env: { CHROMIUM_PATH: '/opt/chrome-dev/chrome' } });
    expect(findBrowser(machine)).toEqual({ found: true, path: '/opt/chrome-dev/chrome', source: 'CHROMIUM_PATH' });
  });

  it('reports a CHROMIUM_PATH that is not an executable instead of quietly using another browser', () => {
    const answer = findBrowser(fakeMachine({ '/usr/bin/chromium': ELF }, { env: { CHROMIUM_PATH: '/opt/typo/chrome' } }));
    expect(answer).toMatchObject({ found: false, override: true });
    expect(answer.found || answer.message).toContain('/opt/typo/chrome');
  });

  it("prefers Debian's Chromium, then Playwright's, then Google Chrome on Linux", () => {
    const all = { '/usr/bin/chromium': ELF, [PLAYWRIGHT]: ELF, '/usr/bin/google-chrome-stable': ELF };
    expect(findBrowser(fakeMachine(all))).toMatchObject({ path: '/usr/bin/chromium', source: 'system Chromium' });
    const { '/usr/bin/chromium': _debian, ...noDebian } = all;
    expect(findBrowser(fakeMachine(noDebian))).toMatchObject({ path: PLAYWRIGHT, source: "Playwright's Chromium" });
    expect(findBrowser(fakeMachine({ '/usr/bin/google-chrome-stable': ELF }))).toMatchObject({ path: '/usr/bin/google-chrome-stable', source: 'Google Chrome' });
  });

  it("skips Ubuntu's chromium-browser when it only starts the snap", () => {
    const wrapper = '#!/bin/sh\n# transitional package\nexec /snap/bin/chromium "$@"\n';
    const machine = fakeMachine({ '/usr/bin/chromium-browser': wrapper, '/opt/microsoft/msedge/msedge': ELF });
    expect(findBrowser(machine)).toMatchObject({ path: '/opt/microsoft/msedge/msedge', source: 'Microsoft Edge' });
  });

  it('finds Chrome in the user\'s own Applications folder on macOS', () => {
    const chrome = '/Users/ada/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const machine = fakeMachine({ [chrome]: ELF, '/usr/bin/chromium': ELF }, { platform: 'darwin', home: '/Users/ada', playwrightPath: '/Users/ada/Library/Caches/ms-playwright/x' });
    expect(findBrowser(machine)).toEqual({ found: true, path: chrome, source: 'Google Chrome' });
  });

  it('finds Edge under Program Files (x86) on Windows', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' };
    const machine = fakeMachine({ [edge]: 'MZ' }, { platform: 'win32', env, playwrightPath: 'C:\\Users\\ada\\AppData\\Local\\ms-playwright\\x' });
    expect(findBrowser(machine)).toEqual({ found: true, path: edge, source: 'Microsoft Edge' });
  });

  it('says what to install when there is no browser at all', () => {
    const answer = findBrowser(fakeMachine({}, { platform: 'darwin', playwrightPath: '/nowhere' }));
    expect(answer).toMatchObject({ found: false, override: false });
    expect(answer.found || answer.message).toContain('brew install --cask chromium');
  });
});

describe('missingMessage', () => {
  it("is one line that gives Playwright's failure and the platform's install command", () => {
    const message = missingMessage('linux', 'getaddrinfo ENOTFOUND cdn.playwright.dev');
    expect(message).not.toContain('\n');
    expect(message).toContain('getaddrinfo ENOTFOUND cdn.playwright.dev');
    expect(message).toContain('sudo apt-get install chromium');
    expect(message).toContain('CHROMIUM_PATH');
  });
});
