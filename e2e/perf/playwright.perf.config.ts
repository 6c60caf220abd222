import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';

// Performance specs (`*.perf.ts`): Chromium against the web host, one at a time, figures printed.
export default defineConfig<{ mode: 'web' | 'electron' }>({
  testDir: '.',
  testMatch: '**/*.perf.ts',
  outputDir: '../../test-results/perf',
  timeout: 300_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  globalSetup: '../support/global-setup.ts',
  use: { viewport: { width: 1280, height: 860 } },
  projects: [{ name: 'chromium-web', use: { mode: 'web', launchOptions: chromiumLaunchOptions() } }],
});
