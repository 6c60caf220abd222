// First step of `npm test`: make sure the e2e tests will have a browser before minutes of typecheck,
// unit tests and build. Finds one (find-browser.mjs), else installs Playwright's Chromium, else stops
// at once with one line saying what to install.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { findBrowser, machine, missingMessage } from './find-browser.mjs';

const first = findBrowser(machine());
if (first.found) {
  console.log(`preflight: e2e browser: ${first.path} (${first.source})`);
  process.exit(0);
}
if (first.override) fail(first.message);

console.log("preflight: no Chromium, Chrome or Edge found; installing Playwright's Chromium (npx playwright install chromium, about 170 MB)…");
const reason = await installPlaywrightChromium();
const second = findBrowser(machine());
if (second.found) {
  console.log(`preflight: e2e browser: ${second.path} (${second.source})`);
  process.exit(0);
}
fail(missingMessage(process.platform, reason || 'it reported success but left no browser'));

function fail(message) {
  console.error(`preflight: ${message}`);
  process.exit(1);
}

/** Runs Playwright's installer quietly; resolves to why it failed ('' on success). */
function installPlaywrightChromium() {
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'install', 'chromium'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve(error.message));
    child.on('close', (code) => {
      if (code === 0) return resolve('');
      // Prefer the error naming a system cause (getaddrinfo ENOTFOUND cdn.playwright.dev, EACCES …).
      const errors = output.split('\n').filter((line) => line.startsWith('Error: ')).map((line) => line.slice('Error: '.length).trim());
      resolve(errors.findLast((line) => /\bE[A-Z]{3,}\b/.test(line)) ?? errors.at(-1) ?? `exit code ${code}`);
    });
  });
}
