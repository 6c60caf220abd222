import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES, methods } from '../contract/contract';
import { PRODUCTION_CSP } from '../contract/csp';
import { defaultSettings } from '../contract/reader-values';
import { createService } from '../service/service';
import { openStore } from '../store/store';
import { TOKEN_HEADER, startWebHost, type WebHost } from './server';

const SECRET = `secret-${randomUUID()}`;
const INDEX_HTML = '<!doctype html><title>Lectern</title><script type="module" src="/assets/app.js"></script>';
const APP_JS = 'console.log("lectern");';

let root: string;
let host: WebHost;

// One server for the whole file: the last test checks it still answers after every abuse above it.
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'lectern-web-host-'));
  const staticDir = path.join(root, 'static');
  await mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(staticDir, 'assets', 'app.js'), APP_JS);
  await writeFile(path.join(staticDir, 'early.js'), '// early');
  // Beside staticDir, exactly where a naive join of "/../secret.txt" would land.
  await writeFile(path.join(root, 'secret.txt'), SECRET);
  const store = await openStore({ dataDir: path.join(root, 'data') });
  host = await startWebHost({ handlers: createService({ store }), staticDir });
});
afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

interface Sent {
  method?: string;
  path: string;
  headers?: http.OutgoingHttpHeaders;
  body?: string | Buffer;
  /** false: send no Host header at all. */
  setHost?: boolean;
}

/** One request over node:http, which (unlike fetch) lets a test forge Host. */
function request({ method = 'GET', path: target, headers = {}, body, setHost = true }: Sent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method,
        path: target,
        agent: false,
        setHost: false,
        headers: { ...(setHost ? { host: `127.0.0.1:${host.port}` } : {}), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const apiHeaders = () => ({ 'content-type': 'application/json', [TOKEN_HEADER]: host.token });
const api = (method: string, body: string, headers: http.OutgoingHttpHeaders = {}) =>
  request({ method: 'POST', path: `/api/${method}`, headers: { ...apiHeaders(), ...headers }, body });
const errorOf = (answer: Answer) => (JSON.parse(answer.text) as { error: { code: string; message: string } }).error;

/**
 * Streams a chunked body of up to `total` bytes, stopping as soon as the server answers; tells how
 * much had been sent by then.
 */
function streamUntilAnswered(total: number): Promise<Answer & { sentBeforeAnswer: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method: 'POST', path: '/api/settings.update', agent: false, headers: apiHeaders() },
      (res) => {
        answered = true;
        const sentBeforeAnswer = sent;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), sentBeforeAnswer }));
      },
    );
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

describe('the web host', () => {
  it('listens on 127.0.0.1 only and gives a launch URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.launchUrl).toBe(`${host.url}?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a good call with 200 and the value', async () => {
    const answer = await api('settings.get', '{}');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(answer.text)).toEqual({ ok: true, value: defaultSettings });
  });

  it('lets only the bundler\'s hashed files be cached for good: early.js keeps its name from version to version', async () => {
    expect((await request({ path: '/assets/app.js' })).headers['cache-control']).toBe('max-age=31536000, immutable');
    expect((await request({ path: '/early.js' })).headers['cache-control']).toBe('no-cache');
    expect((await request({ path: '/' })).headers['cache-control']).toBe('no-store');
  });

  it('takes an empty body as an empty input', async () => {
    expect((await api('settings.get', '')).status).toBe(200);
  });

  it('saves through the service and answers with the result', async () => {
    const answer = await api('settings.update', JSON.stringify({ theme: 'dark' }));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ ok: true, value: { ...defaultSettings, theme: 'dark' } });
    expect(JSON.parse((await api('settings.get', '{}')).text)).toMatchObject({ value: { theme: 'dark' } });
  });

  it('lists every method with a JSON Schema of its input on GET /api', async () => {
    const answer = await request({ path: '/api', headers: { [TOKEN_HEADER]: host.token } });
    expect(answer.status).toBe(200);
    const catalogue = JSON.parse(answer.text) as { methods: { name: string; input: Record<string, unknown> }[] };
    expect(catalogue.methods.map((entry) => entry.name)).toEqual(methods);
    for (const entry of catalogue.methods) {
      expect(entry.input).toMatchObject({ type: 'object', additionalProperties: false });
      expect(entry.input.$schema).toMatch(/json-schema\.org/);
    }
    const save = catalogue.methods.find((entry) => entry.name === 'reading.save')?.input as { properties: Record<string, unknown>; required: string[] };
    expect(save.properties.offset).toMatchObject({ type: 'integer', minimum: 0 });
    expect(save.required).toEqual(expect.arrayContaining(['documentId', 'paragraphId', 'offset', 'percent']));
  });

  describe('refuses', () => {
    it.each([
      ['no token', {}],
      ['a wrong token', { [TOKEN_HEADER]: 'wrong' }],
      ['an empty token', { [TOKEN_HEADER]: '' }],
    ])('a call with %s: 401', async (_name, headers) => {
      const answer = await request({ method: 'POST', path: '/api/settings.get', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
      expect(answer.status).toBe(401);
      expect(errorOf(answer).code).toBe('unauthorized');
    });

    it('a token of the right length that differs in one character: 401', async () => {
      const last = host.token.at(-1) === 'A' ? 'B' : 'A';
      const answer = await api('settings.get', '{}', { [TOKEN_HEADER]: host.token.slice(0, -1) + last });
      expect(answer.status).toBe(401);
    });

    it('the token in the query string instead of the header: 401', async () => {
      const answer = await request({ method: 'POST', path: `/api/settings.get?token=${host.token}`, headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(answer.status).toBe(401);
    });

    it('the method list without a token: 401', async () => {
      expect((await request({ path: '/api' })).status).toBe(401);
    });

    it.each(['evil.com', () => `127.0.0.1.evil.com:${host.port}`, () => `evil.com:${host.port}`, () => `127.0.0.1:${host.port + 1}`, '127.0.0.1', () => `localhost.:${host.port}`])(
      'a Host header of %s: 403, for the api and for files',
      async (value) => {
        const hostHeader = typeof value === 'function' ? value() : value;
        const call = await api('settings.get', '{}', { host: hostHeader });
        expect(call.status).toBe(403);
        expect(errorOf(call).code).toBe('forbidden-host');
        const page = await request({ path: '/', headers: { host: hostHeader } });
        expect(page.status).toBe(403);
        expect(page.text).not.toContain('<title>Lectern');
      },
    );

    it('a request without a Host header', async () => {
      const answer = await request({ path: '/', setHost: false });
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.text).not.toContain('<title>Lectern');
    });

    it.each(['http://evil.com', 'null', () => `http://127.0.0.1:${host.port + 1}`, () => `https://127.0.0.1:${host.port}`, () => `http://127.0.0.1.evil.com:${host.port}`])(
      'an Origin of %s: 403',
      async (value) => {
        const origin = typeof value === 'function' ? value() : value;
        const answer = await api('settings.update', '{"theme":"sepia"}', { origin });
        expect(answer.status).toBe(403);
        expect(errorOf(answer).code).toBe('forbidden-origin');
      },
    );

    it('a body over the size cap by its content-length: 413', async () => {
      const body = JSON.stringify({ theme: 'x'.repeat(MAX_REQUEST_BYTES) });
      const answer = await api('settings.update', body);
      expect(answer.status).toBe(413);
      expect(errorOf(answer).code).toBe('too-large');
    });

    it('a chunked body that grows past the cap: 413, before the client has finished sending', async () => {
      const total = 64 * 1024 * 1024;
      const answer = await streamUntilAnswered(total);
      expect(answer.status).toBe(413);
      expect(errorOf(answer).code).toBe('too-large');
      expect(answer.sentBeforeAnswer).toBeLessThan(total);
    });

    it('a body that is not JSON: 400 with a message', async () => {
      const answer = await api('settings.update', '{"theme": dark}');
      expect(answer.status).toBe(400);
      expect(errorOf(answer)).toEqual({ code: 'invalid-json', message: expect.stringMatching(/^The request body is not valid JSON \(.+\)\.$/) });
    });

    it('an input the schema rejects: 400 with the validation message', async () => {
      const answer = await api('settings.update', '{"fontSizeStep": 99}');
      expect(answer.status).toBe(400);
      expect(errorOf(answer)).toEqual({ code: 'invalid-input', message: expect.stringMatching(/^Invalid input for settings\.update: fontSizeStep: /) });
    });

    it.each(['nope', 'settings.delete', '__proto__', 'constructor', '%E0%A4%A', 'settings.get/extra'])('an unknown method %s: 404', async (method) => {
      const answer = await api(method, '{}');
      expect(answer.status).toBe(404);
      expect(errorOf(answer).code).toBe('unknown-method');
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json-patch+json', 'application/jsonp', ''])(
      'a content type of %j: 415',
      async (contentType) => {
        const answer = await api('settings.get', '{}', { 'content-type': contentType });
        expect(answer.status).toBe(415);
      },
    );

    it('accepts application/json with a charset', async () => {
      expect((await api('settings.get', '{}', { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
    });

    it.each(['GET', 'PUT', 'DELETE'])('%s on a method: 405', async (method) => {
      const answer = await request({ method, path: '/api/settings.get', headers: apiHeaders() });
      expect(answer.status).toBe(405);
    });

    it('POST on the method list: 405', async () => {
      expect((await request({ method: 'POST', path: '/api', headers: apiHeaders(), body: '{}' })).status).toBe(405);
    });

    it('POST on a file: 405', async () => {
      expect((await request({ method: 'POST', path: '/index.html', body: '' })).status).toBe(405);
    });
  });

  describe('static files', () => {
    it('serves index.html at / with the production CSP', async () => {
      const answer = await request({ path: '/' });
      expect(answer.status).toBe(200);
      expect(answer.text).toBe(INDEX_HTML);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.headers['content-security-policy']).toBe(PRODUCTION_CSP);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    });

    it('serves an asset with the production CSP', async () => {
      const answer = await request({ path: '/assets/app.js' });
      expect(answer.status).toBe(200);
      expect(answer.text).toBe(APP_JS);
      expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(answer.headers['content-security-policy']).toBe(PRODUCTION_CSP);
    });

    it('answers HEAD with the headers and no body', async () => {
      const answer = await request({ method: 'HEAD', path: '/index.html' });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(INDEX_HTML)));
      expect(answer.text).toBe('');
    });

    it('answers 404 for a missing file and for a folder', async () => {
      for (const target of ['/missing.js', '/assets', '/assets/']) expect((await request({ path: target })).status).toBe(404);
    });

    it.each([
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/..%2fsecret.txt',
      '/..%2Fsecret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/.%2e/secret.txt',
      '/..\\secret.txt',
      '/..%5csecret.txt',
      '/assets\\..\\..\\secret.txt',
      '/secret.txt%00',
      '/%00/../secret.txt',
      '/%252e%252e/secret.txt',
      '//../secret.txt',
      () => `http://127.0.0.1:${host.port}/../secret.txt`,
      () => `/${path.join(root, 'secret.txt')}`,
    ])('never serves a file outside the folder: %s', async (value) => {
      const target = typeof value === 'function' ? value() : value;
      const answer = await request({ path: target });
      expect(answer.status).toBe(404);
      expect(answer.text).not.toContain(SECRET);
      expect(JSON.stringify(answer.headers)).not.toContain(SECRET);
    });
  });

  it('still answers a good call after all of the above', async () => {
    const answer = await api('settings.get', '{}');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ ok: true, value: { theme: 'dark' } });
    expect((await request({ path: '/' })).status).toBe(200);
  });
});
