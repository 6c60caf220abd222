/** The machine as the browser finder sees it; tests pass a fake one. */
export type Machine = {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  /** Where Playwright's own Chromium lives once `playwright install chromium` has run. */
  playwrightPath: string;
  isExecutableFile(file: string): boolean;
  /** The first few KB of a file ('' when unreadable): enough to spot a snap wrapper script. */
  readHead(file: string): string;
};

export type BrowserAnswer = { found: true; path: string; source: string } | { found: false; override: boolean; message: string };

export function candidates(machine: Machine): { file: string; source: string }[];
export function findBrowser(machine: Machine): BrowserAnswer;
export function missingMessage(platform: NodeJS.Platform, installFailure?: string): string;
export function machine(): Machine;
