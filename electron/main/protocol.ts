/** Serves the built renderer from app://lectern/ with the production CSP as a header. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { PRODUCTION_CSP } from '../contract/csp';
import { contentTypeFor, resolveStaticPath } from '../web-host/static-files';

export const APP_SCHEME = 'app';

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
