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

/** Why Electron specs cannot run here, or null when they can. */
export function electronSkipReason(): string | null {
  return electronBinary()
    ? null
    : 'the Electron binary is not installed (its download needs the network; set ELECTRON_OVERRIDE_DIST_PATH or run npm install online)';
}
