// Which Chromium-based browser the e2e tests and benchmarks drive. Pure over an injected machine
// (platform, env, home, file checks, Playwright's expected path), so every decision is unit-tested;
// `machine()` gives the real one. Declarations: find-browser.d.mts.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** System Chromium first: it is what CI installs (Debian's package) and what the tests are tuned on. */
function systemChromium(platform, env, home) {
  if (platform === 'darwin') {
    return ['/Applications', path.posix.join(home, 'Applications')].map((dir) => `${dir}/Chromium.app/Contents/MacOS/Chromium`);
  }
  if (platform === 'win32') return windowsPaths(env, ['Chromium\\Application\\chrome.exe']);
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/usr/local/bin/chromium'];
}

/** Branded Chrome, then Edge, where each platform's installer puts them. */
function brandedBrowsers(platform, env, home) {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    return apps.flatMap((app) => ['/Applications', path.posix.join(home, 'Applications')].map((dir) => `${dir}/${app}`));
  }
  if (platform === 'win32') {
    return windowsPaths(env, ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe']);
  }
  return [
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/microsoft-edge',
    '/opt/microsoft/msedge/msedge',
  ];
}

function windowsPaths(env, tails) {
  const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
  return tails.flatMap((tail) => roots.map((root) => path.win32.join(root, tail)));
}

// Ubuntu's chromium-browser is a wrapper that starts the snap, whose confinement hides the /tmp
// profile folder Playwright gives it: the launch fails, so such a browser does not count.
const isSnap = (file, machine) => file.startsWith('/snap/') || machine.readHead(file).includes('/snap/');

/** Every place looked at, in order, with what it would be reported as. */
export function candidates(machine) {
  const { platform, env, home } = machine;
  return [
    ...systemChromium(platform, env, home).map((file) => ({ file, source: 'system Chromium' })),
    // Playwright's own build matches its protocol exactly: preferred over an auto-updating Chrome.
    { file: machine.playwrightPath, source: "Playwright's Chromium" },
    ...brandedBrowsers(platform, env, home).map((file) => ({ file, source: file.toLowerCase().includes('edge') ? 'Microsoft Edge' : 'Google Chrome' })),
  ];
}

/**
 * The browser to use: `CHROMIUM_PATH` when set (and then only it: a wrong override is reported, not
 * silently replaced), else the first executable candidate that is not a snap.
 * @returns {{ found: true, path: string, source: string } | { found: false, override: boolean, message: string }}
 */
export function findBrowser(machine) {
  const override = machine.env.CHROMIUM_PATH;
  if (override) {
    if (machine.isExecutableFile(override)) return { found: true, path: override, source: 'CHROMIUM_PATH' };
    return { found: false, override: true, message: `CHROMIUM_PATH is set to ${override}, which is not an executable file: point it at a Chromium, Chrome or Edge binary, or unset it.` };
  }
  const hit = candidates(machine).find(({ file }) => file && machine.isExecutableFile(file) && !isSnap(file, machine));
  if (hit) return { found: true, path: hit.file, source: hit.source };
  return { found: false, override: false, message: missingMessage(machine.platform) };
}

/** One line: what to install on this platform, and how (with why Playwright's download failed). */
export function missingMessage(platform, installFailure = '') {
  const how = {
    linux: 'Google Chrome (google.com/chrome) or Chromium (Debian: sudo apt-get install chromium; a snap cannot be driven)',
    darwin: 'Google Chrome (google.com/chrome) or Chromium (brew install --cask chromium)',
    win32: 'Google Chrome (winget install Google.Chrome) or Microsoft Edge',
  }[platform] ?? 'Chromium or Google Chrome';
  const playwright = installFailure
    ? `and Playwright's Chromium could not be installed (${installFailure})`
    : "and Playwright's Chromium is not installed (npx playwright install chromium)";
  return `No browser for the e2e tests ${playwright}. Install ${how}, or set CHROMIUM_PATH to one, then run npm test again.`;
}

/** This machine, as the finder sees it. */
export function machine() {
  // Loaded here, not at the top, so the unit tests of the pure part do not load Playwright.
  const { chromium } = createRequire(import.meta.url)('@playwright/test');
  return {
    platform: process.platform,
    env: process.env,
    home: os.homedir(),
    playwrightPath: chromium.executablePath(),
    isExecutableFile(file) {
      try {
        const stat = statSync(file);
        // Windows has no execute bit; an .exe that is a file is enough there.
        return stat.isFile() && (process.platform === 'win32' || (stat.mode & 0o111) !== 0);
      } catch {
        return false;
      }
    },
    readHead(file) {
      try {
        const fd = openSync(file, 'r');
        const buffer = Buffer.alloc(4096);
        const length = readSync(fd, buffer, 0, buffer.length, 0);
        closeSync(fd);
        return buffer.subarray(0, length).toString('latin1');
      } catch {
        return '';
      }
    },
  };
}
