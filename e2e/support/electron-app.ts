/**
 * The Electron project's launch: where the binary is, why it cannot run here (printed, never
 * silent), and the options `_electron.launch` gets for one app instance on one data folder.
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);

/** Path to an Electron binary, or null: ELECTRON_OVERRIDE_DIST_PATH or the npm package's download. */
export function electronBinary(): string | null {
  try {
    const path = require('electron') as unknown as string;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Linux needs an X or Wayland display; `npm run test:e2e` provides one with xvfb-run (build/scripts/e2e.mjs). */
export function displayMissing(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  return platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
}

/** Why Electron specs cannot run here, or null when they can. */
export function electronSkipReason(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, binary: string | null = electronBinary()): string | null {
  if (!binary) return 'the Electron binary is not installed (its download needs the network; set ELECTRON_OVERRIDE_DIST_PATH or run npm install online)';
  if (displayMissing(env, platform)) return 'there is no display (DISPLAY is unset): run the e2e tests with `npm run test:e2e`, which starts them under xvfb-run, or install xvfb';
  return null;
}

export interface ElectronInstance {
  /** The app's own folder (package.json `main` points at the built main process). */
  appDir: string;
  /** This instance's data folder: its lectern.json, lock and Chromium profile (main sets userData there). */
  dataDir: string;
  /** `--now` of the web host: the clock main starts from (LECTERN_NOW). */
  now?: string;
}

/** What `_electron.launch` is given for one instance. Pure, so a unit test reads it. */
export function electronLaunchOptions(instance: ElectronInstance, env: NodeJS.ProcessEnv = process.env, uid: number | undefined = process.getuid?.()) {
  const launchEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) launchEnv[key] = value;
  // Run as Electron, not as Node; and never inherit a data folder or clock from the outer shell.
  delete launchEnv.ELECTRON_RUN_AS_NODE;
  delete launchEnv.LECTERN_NOW;
  launchEnv.LECTERN_DATA_DIR = instance.dataDir;
  if (instance.now) launchEnv.LECTERN_NOW = instance.now;
  // Chromium refuses to run as root with its sandbox (CI containers): only then is it turned off.
  const args = [instance.appDir, ...(uid === 0 ? ['--no-sandbox'] : [])];
  return { args, cwd: instance.appDir, env: launchEnv };
}
