import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/chromium';
import { electronSkipReason } from './support/electron-app';

// Every spec runs twice: in Chromium against the web host, and in the real Electron app where an
// Electron binary exists (elsewhere each Electron test is reported as skipped, with the reason).
export default defineConfig<{ mode: 'web' | 'electron' }>({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  // One retry on CI only: a test that passes on retry is still reported as flaky, never hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { outputFolder: '../playwright-report', open: 'never' }]],
  globalSetup: './support/global-setup.ts',
  use: { trace: 'retain-on-failure', viewport: { width: 1280, height: 860 } },
  projects: [
    { name: 'chromium-web', use: { mode: 'web', launchOptions: chromiumLaunchOptions() } },
    { name: 'electron', use: { mode: 'electron' }, metadata: { skipReason: electronSkipReason() } },
  ],
});
