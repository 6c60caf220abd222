import { existsSync } from 'node:fs';
import { e2eBrowser } from './chromium';
import { electronSkipReason } from './electron-app';

/** Checks the build and a browser exist, and says once, loudly, when the Electron project will be skipped. */
export default function globalSetup(): void {
  if (!existsSync('dist/electron/web-host.mjs') || !existsSync('dist/renderer/index.html')) {
    throw new Error('The app is not built: run `npm run build` before the e2e tests (npm test does).');
  }
  // One line instead of every test failing with "Executable doesn't exist".
  const browser = e2eBrowser();
  if (!browser.found) throw new Error(browser.message);
  const reason = electronSkipReason();
  if (reason) console.log(`\n[e2e] Electron project: every test SKIPPED because ${reason}. The Chromium + web host project runs them all.\n`);
}
