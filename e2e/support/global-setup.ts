import { existsSync } from 'node:fs';
import { electronSkipReason } from './electron-app';

/** Checks the build exists and says, once and loudly, when the Electron project will be skipped. */
export default function globalSetup(): void {
  if (!existsSync('dist/electron/web-host.mjs') || !existsSync('dist/renderer/index.html')) {
    throw new Error('The app is not built: run `npm run build` before the e2e tests (npm test does).');
  }
  const reason = electronSkipReason();
  if (reason) console.log(`\n[e2e] Electron project: every test SKIPPED because ${reason}. The Chromium + web host project runs them all.\n`);
}
