import { describe, expect, it, vi } from 'vitest';
import { FakeApp } from './electron-fakes';
import { PROFILE_FOLDER, launchOptions, parseClock } from './launch-options';
import { claimSingleInstance } from './single-instance';

describe('claimSingleInstance', () => {
  it('lets two Lecterns on two data folders run side by side', () => {
    expect(claimSingleInstance(new FakeApp(), '/tmp/lectern-a', () => undefined)).toBe(true);
    expect(claimSingleInstance(new FakeApp(), '/tmp/lectern-b', () => undefined)).toBe(true);
  });

  it('keeps Chromium’s profile inside the given data folder, never the user’s own', () => {
    const app = new FakeApp();
    claimSingleInstance(app, '/tmp/lectern-profile', () => undefined);
    expect(app.userData).toBe(`/tmp/lectern-profile/${PROFILE_FOLDER}`);
    expect(app.lockedUserData).toBe(app.userData);
  });

  it('refuses a second Lectern on the same folder and tells the first, whose listener was there from the start', () => {
    const first = new FakeApp();
    const raise = vi.fn<() => void>();
    claimSingleInstance(first, '/tmp/lectern-same', raise);
    expect(first.count('second-instance')).toBe(1);
    expect(claimSingleInstance(new FakeApp(), '/tmp/lectern-same', () => undefined)).toBe(false);
    expect(raise).toHaveBeenCalledOnce();
  });

  it('uses Electron’s own folder when no data folder is given', () => {
    const app = new FakeApp();
    expect(claimSingleInstance(app, null, () => undefined)).toBe(true);
    expect(app.lockedUserData).toBe('/home/me/.config/Lectern');
  });
});

describe('launchOptions', () => {
  it('takes the data folder from LECTERN_DATA_DIR, made absolute (App::SetPath refuses a relative one)', () => {
    expect(launchOptions({ LECTERN_DATA_DIR: 'data/mine' }, '/work').dataDir).toBe('/work/data/mine');
    expect(launchOptions({}, '/work')).toEqual({ dataDir: null, now: null });
  });

  it('starts the clock at LECTERN_NOW and lets it run', () => {
    const clock = parseClock('2026-03-01T09:00:00Z', Date.now() - 1_000);
    expect(clock!().getTime()).toBeGreaterThanOrEqual(Date.parse('2026-03-01T09:00:01Z'));
    expect(() => parseClock('next tuesday')).toThrow('LECTERN_NOW must be a date and time');
  });
});
