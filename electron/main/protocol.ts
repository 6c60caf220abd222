/** Serves the built renderer from app://lectern/ with the production CSP as a header. */
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { PRODUCTION_CSP } from '../contract/csp';
import { contentTypeFor, resolveStaticPath } from '../web-host/static-files';

export const APP_SCHEME = 'app';

export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'lectern' ? resolveStaticPath(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
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
