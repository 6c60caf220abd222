/**
 * What the desktop app is started with, from its environment: `npm start -- --data-dir X` and the
 * e2e fixture pass LECTERN_DATA_DIR; LECTERN_NOW sets the clock (as the web host's --now does) so
 * tests can travel in time. Read by main before anything else happens.
 */
import path from 'node:path';

export type LaunchOptions = {
  /** The folder holding the user's data, or null for Electron's own userData folder. */
  dataDir: string | null;
  /** A clock that starts at LECTERN_NOW and runs on, or null for the real one. */
  now: (() => Date) | null;
};

/** Chromium's own files (cache, local storage) go in this folder of a given data folder. */
export const PROFILE_FOLDER = 'electron-profile';

export function parseClock(value: string | undefined, started = Date.now()): (() => Date) | null {
  if (!value) return null;
  const start = Date.parse(value);
  if (Number.isNaN(start)) throw new Error(`LECTERN_NOW must be a date and time such as 2026-03-01T09:00:00Z, not "${value}"`);
  return () => new Date(start + (Date.now() - started));
}

export function launchOptions(env: NodeJS.ProcessEnv, cwd = process.cwd()): LaunchOptions {
  const dir = env.LECTERN_DATA_DIR?.trim();
  return { dataDir: dir ? path.resolve(cwd, dir) : null, now: parseClock(env.LECTERN_NOW) };
}
