/** Serves the built renderer from app://lectern/ with the production CSP as a header. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { PRODUCTION_CSP } from '../contract/csp';
import { contentTypeFor, resolveStaticPath } from '../web-host/static-files';

export const APP_SCHEME = 'app';

/**
 * app:// as Chromium is told to treat it (Electron 41.7.1, shell/browser/api/electron_api_protocol.cc
 * RegisterSchemesAsPrivileged): `standard` (relative URLs, an origin, storage), `secure` (a secure
 * context), `supportFetchAPI` (the page's own fetches), and `codeCache`: V8 keeps the compiled
 * renderer scripts between starts (the renderer registers the scheme as code cache with hashing,
 * shell/renderer/renderer_client_base.cc), so a start after the first parses no script again. Code
 * cache is refused without `standard`.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

/** Registers app:// with its privileges; Electron allows this only before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/**
 * `firstScreen`: index.html with the reader's first screen in it (web-host/first-screen-page.ts),
 * or null while the data is not open yet or rendering failed; the page as built is served then.
 */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string, firstScreen: (page: string) => Promise<string | null> = async () => null): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'lectern' ? resolveStaticPath(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const built = await readFile(file);
      const body = path.basename(file) === 'index.html' ? ((await firstScreen(built.toString('utf8')).catch(() => null)) ?? built) : built;
      return new Response(body, {
        headers: {
          'content-type': contentTypeFor(file),
          'content-security-policy': PRODUCTION_CSP,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
