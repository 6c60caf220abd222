// `npm start [-- --no-build] [-- --data-dir DIR]`: builds, then opens the desktop app with Electron.
// Where the Electron runtime is missing (npm install skipped its download), it tries Electron's own
// installer once; if that fails too (no network), it says so in one line and starts the web version.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { root, runBuild, runForeground, takeNoBuild } from './process-helpers.mjs';

const INSTALL_TIMEOUT_MS = 60_000;
const require = createRequire(path.join(root, 'package.json'));

/** The Electron executable, resolved the way the electron package does (incl. ELECTRON_OVERRIDE_DIST_PATH), or null. */
function electronBinary() {
  let id;
  try {
    id = require.resolve('electron');
  } catch {
    return null; // the electron package itself is not installed
  }
  delete require.cache[id];
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null; // the package is there, its binary was never downloaded
  }
}

/** Runs node_modules/electron/install.js once, quietly; says something only if it takes a while. */
function tryInstallElectron() {
  let installer;
  try {
    installer = require.resolve('electron/install.js');
  } catch {
    return Promise.resolve();
  }
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return Promise.resolve();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { cwd: path.dirname(installer), stdio: 'ignore' });
    const notice = setTimeout(() => console.error('Lectern: downloading the Electron runtime (first run only)…'), 3_000);
    const limit = setTimeout(() => child.kill(), INSTALL_TIMEOUT_MS);
    const done = () => {
      clearTimeout(notice);
      clearTimeout(limit);
      resolve();
    };
    child.on('error', done);
    child.on('close', done);
  });
}

/** Electron takes --data-dir through LECTERN_DATA_DIR (see electron/main/main.ts). */
function electronArgs(argv) {
  const rest = [];
  let dataDir;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--data-dir' && i + 1 < argv.length) dataDir = argv[(i += 1)];
    else if (arg.startsWith('--data-dir=')) dataDir = arg.slice('--data-dir='.length);
    else rest.push(arg);
  }
  return { rest, dataDir };
}

const { noBuild, rest } = takeNoBuild(process.argv.slice(2));
if (!noBuild) {
  const status = await runBuild();
  if (status !== 0) process.exit(status);
}

let electron = electronBinary();
if (!electron) {
  await tryInstallElectron();
  electron = electronBinary();
}

if (electron) {
  const { rest: args, dataDir } = electronArgs(rest);
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  if (dataDir) env.LECTERN_DATA_DIR = path.resolve(dataDir);
  runForeground(electron, ['.', ...args], { env });
} else {
  console.error('Lectern: the Electron runtime is not installed (no network to download it); starting the web version instead.');
  runForeground(process.execPath, [path.join(root, 'dist', 'electron', 'web-host.mjs'), ...rest]);
}
