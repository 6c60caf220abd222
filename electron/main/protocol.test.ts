import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Protocol } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRODUCTION_CSP } from '../contract/csp';
import { APP_SCHEME, registerAppScheme, serveRenderer } from './protocol';
import { FakeProtocol } from './electron-fakes';

type Handler = (request: { url: string }) => Promise<Response>;

let root: string;
let handle: Handler;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'lectern-protocol-'));
  const rendererDir = path.join(root, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Lectern</title>');
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'export {};');
  await writeFile(path.join(root, 'secret.txt'), 'the secret');
  let registered: { scheme: string; handler: Handler } | undefined;
  const protocol = { handle: (scheme: string, handler: Handler) => void (registered = { scheme, handler }) } as unknown as Pick<Protocol, 'handle'>;
  serveRenderer(protocol, rendererDir);
  if (registered?.scheme !== APP_SCHEME) throw new Error(`expected a handler for ${APP_SCHEME}://`);
  handle = registered.handler;
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the app:// handler', () => {
  it('serves the renderer with the production CSP as a header', async () => {
    const response = await handle({ url: 'app://lectern/index.html' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Lectern</title>');
    expect(response.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('serves index.html for the bare origin', async () => {
    expect((await handle({ url: 'app://lectern/' })).status).toBe(200);
  });

  it.each(['app://lectern/../secret.txt', 'app://lectern/%2e%2e/secret.txt', 'app://lectern/..%2fsecret.txt', 'app://lectern/assets/..%2f..%2fsecret.txt', 'app://lectern/missing.js', 'app://other/index.html'])(
    'answers 404 for %s',
    async (url) => {
      const response = await handle({ url });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('the secret');
    },
  );
});

describe('the app:// handler with the first screen', () => {
  // As Electron 41.7.1's lib/browser/api/protocol.ts calls a handler: with a real Request, awaiting the
  // answer, which must pass its validateResponse (a number status, a null or ReadableStream body)
  // before the body is streamed to the page.
  const withFirstScreen = (firstScreen: (page: string) => Promise<string | null>) => {
    let registered: ((request: Request) => Promise<Response>) | undefined;
    const protocol = { handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => void (registered = handler) } as unknown as Pick<Protocol, 'handle'>;
    serveRenderer(protocol, path.join(root, 'renderer'), firstScreen);
    return async ({ url }: { url: string }) => {
      const response = await registered!(new Request(url));
      expect(typeof response.status).toBe('number');
      expect(response.body === null || response.body instanceof ReadableStream).toBe(true);
      return response;
    };
  };

  it('serves index.html with the first screen in it, under the same CSP', async () => {
    const serve = withFirstScreen(async (page) => page.replace('<title>', '<p>first screen</p><title>'));
    const response = await serve({ url: 'app://lectern/index.html' });
    expect(await response.text()).toBe('<!doctype html><p>first screen</p><title>Lectern</title>');
    expect(response.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
    expect(await (await serve({ url: 'app://lectern/assets/app.js' })).text()).toBe('export {};');
  });

  it('serves index.html as built while there is no first screen, or when rendering it fails', async () => {
    expect(await (await withFirstScreen(async () => null)({ url: 'app://lectern/' })).text()).toBe('<!doctype html><title>Lectern</title>');
    const failing = withFirstScreen(() => Promise.reject(new Error('no')));
    const response = await failing({ url: 'app://lectern/index.html' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>Lectern</title>');
  });
});

describe('app:// as registered before the app is ready', () => {
  it('is a standard, secure scheme with fetch and V8 code cache (compiled scripts kept between starts)', () => {
    const protocol = new FakeProtocol();
    registerAppScheme(protocol);
    expect(protocol.schemes.get(APP_SCHEME)).toEqual({ standard: true, secure: true, supportFetchAPI: true, codeCache: true });
  });

  it('is refused by Electron once the app is ready, and code cache without standard always', () => {
    const late = new FakeProtocol();
    late.ready = true;
    expect(() => registerAppScheme(late)).toThrow(/before app is ready/);
    expect(() => new FakeProtocol().registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { codeCache: true } }])).toThrow(/only be enabled when the custom scheme is registered as standard/);
  });
});
