/** Where Lectern keeps the user's data when no folder is given: the platform's user-data folder. */
import os from 'node:os';
import path from 'node:path';

/** Mirrors Electron's app.getPath('userData') for an app named "Lectern". */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Lectern');
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Lectern');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Lectern');
}

/** `--data-dir`, else LECTERN_DATA_DIR, else the platform's folder. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(flag ?? env.LECTERN_DATA_DIR ?? defaultDataDir(env));
}
