import type { LaunchOptions } from '@playwright/test';
import { findBrowser, machine, type BrowserAnswer } from '../../build/scripts/find-browser.mjs';

/** The browser `npm test`'s preflight found (the same finder, so the same answer). */
export function e2eBrowser(): BrowserAnswer {
  return findBrowser(machine());
}

/** Launch options for that browser; without one, Playwright's default (global setup stops first). */
export function chromiumLaunchOptions(): LaunchOptions {
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
  const browser = e2eBrowser();
  return browser.found ? { executablePath: browser.path, args } : { args };
}
