import { describe, expect, it } from 'vitest';
import { electronLaunchOptions, electronSkipReason } from './electron-app';

describe('electronLaunchOptions', () => {
  const instance = { appDir: '/src/lectern', dataDir: '/tmp/lectern-e2e-1' };

  it('gives each instance its own data folder and the app folder, and drops ELECTRON_RUN_AS_NODE', () => {
    const options = electronLaunchOptions(instance, { PATH: '/usr/bin', ELECTRON_RUN_AS_NODE: '1', LECTERN_DATA_DIR: '/home/me/real', LECTERN_NOW: '2020-01-01T00:00:00Z' }, 1000);
    expect(options).toEqual({ args: ['/src/lectern'], cwd: '/src/lectern', env: { PATH: '/usr/bin', LECTERN_DATA_DIR: '/tmp/lectern-e2e-1' } });
  });

  it('passes the clock to main as LECTERN_NOW, as --now is passed to the web host', () => {
    expect(electronLaunchOptions({ ...instance, now: '2026-03-04T09:00:00.000Z' }, {}, 1000).env).toEqual({ LECTERN_DATA_DIR: '/tmp/lectern-e2e-1', LECTERN_NOW: '2026-03-04T09:00:00.000Z' });
  });

  it('turns Chromium’s sandbox off only when running as root', () => {
    expect(electronLaunchOptions(instance, {}, 0).args).toEqual(['/src/lectern', '--no-sandbox']);
    expect(electronLaunchOptions(instance, {}, 501).args).toEqual(['/src/lectern']);
  });

  it('two instances never share a data folder', () => {
    const a = electronLaunchOptions({ ...instance, dataDir: '/tmp/a' }, {}, 1000);
    const b = electronLaunchOptions({ ...instance, dataDir: '/tmp/b' }, {}, 1000);
    expect(a.env.LECTERN_DATA_DIR).not.toBe(b.env.LECTERN_DATA_DIR);
  });
});

describe('electronSkipReason', () => {
  it('says why, when there is no binary or no display, and nothing when both are there', () => {
    expect(electronSkipReason({}, 'linux', null)).toMatch(/Electron binary is not installed/);
    expect(electronSkipReason({}, 'linux', '/x/electron')).toMatch(/no display.*xvfb-run/);
    expect(electronSkipReason({ DISPLAY: ':99' }, 'linux', '/x/electron')).toBeNull();
    expect(electronSkipReason({}, 'darwin', '/x/electron')).toBeNull();
  });
});
