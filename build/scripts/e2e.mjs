// `npm run test:e2e [-- playwright args]`: Playwright's e2e suite. On Linux without a display, the
// Electron project needs one, so the run goes under `xvfb-run -a` when xvfb is installed; without
// xvfb the Electron project is skipped and says why (e2e/support/electron-app.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root, runForeground } from './process-helpers.mjs';

const playwright = [path.join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '-c', 'e2e/playwright.config.ts', ...process.argv.slice(2)];
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const hasXvfbRun = noDisplay && spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;

if (hasXvfbRun) runForeground('xvfb-run', ['-a', '--server-args=-screen 0 1600x1000x24', process.execPath, ...playwright], { cwd: root });
else runForeground(process.execPath, playwright, { cwd: root });
