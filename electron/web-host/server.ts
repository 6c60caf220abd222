/**
 * The web host: the same study service over loopback HTTP, for Playwright on machines without an
 * Electron binary and for studying in a browser. Binds 127.0.0.1 only; `/api` needs the per-launch
 * token; Host and Origin are checked; bodies are capped and must be JSON.
 */
import http from 'node:http';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { MAX_REQUEST_BYTES, contract, methods, type Handlers, type Reply } from '../contract/contract';
import { PRODUCTION_CSP } from '../contract/csp';
import { dispatch, replyOf as dispatchUpload } from '../contract/dispatch';
import { contentTypeFor, isHashedAsset, resolveStaticPath } from './static-files';
import { firstScreenOf, firstScreenPage, type PreRender } from './first-screen-page';
import { receiveUpload } from './upload';
import { PendingWork } from '../store/pending-work';

export const TOKEN_HEADER = 'x-lectern-token';

export interface WebHostOptions {
  handlers: Handlers;
  /** Folder of the built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Imports an uploaded file (POST /upload); without it the endpoint answers 404. */
  importUpload?: (file: { fileName: string; bytes: Uint8Array; signal?: AbortSignal }) => Promise<unknown>;
  /** Called as an accepted upload begins, before its bytes are read: the import's reader is made ready meanwhile. */
  prepareUpload?: () => void;
  /**
   * Renders the reader's first screen into the page (first-screen-page.ts). Only for a request that
   * carries the token (`/?token=`, the launch address): the page then holds the user's text, which
   * like /api is not for whoever else can reach the port.
   */
  preRender?: PreRender;
}

export interface WebHost {
  url: string;
  /** The URL to open: carries the token once, the page keeps it and removes it from the address. */
  launchUrl: string;
  token: string;
  port: number;
  /**
   * Stops taking connections, lets the requests under way finish and answer (a save that reached
   * the host is on disk, as Electron's quit waits for calls under way), then closes what is left.
   */
  close(): Promise<void>;
}

/** How long `close` waits for requests under way before it closes their connections anyway. */
export const CLOSE_GRACE_MS = 10_000;

type ErrorBody = { ok: false; error: { code: string; message: string } };

const statusFor: Record<string, number> = { 'invalid-input': 400, 'unknown-method': 404, 'read-only': 409, 'write-failed': 503, internal: 500 };

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // Error pages are documents too; a browser must not run or frame anything from them.
    'content-security-policy': PRODUCTION_CSP,
  });
  res.end(text);
}

function fail(res: http.ServerResponse, status: number, code: string, message: string): void {
  send(res, status, { ok: false, error: { code, message } } satisfies ErrorBody);
}

/**
 * Reads the body up to the cap; resolves null as soon as it is larger (declared or streamed), so a
 * client streaming without end is answered at once instead of being read until the timeout.
 */
function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_REQUEST_BYTES) {
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BYTES) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      chunks.length = 0;
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Compares secrets in constant time (hashing first so lengths do not leak either). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** `application/json`, with or without parameters; not `application/json-patch+json` and the like. */
const JSON_CONTENT_TYPE = /^application\/json\s*(;|$)/i;

function methodNameOf(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return null;
  }
}

export function methodCatalogue(): { methods: { name: string; input: unknown }[] } {
  return { methods: methods.map((name) => ({ name, input: z.toJSONSchema(contract[name].input, { io: 'input' }) })) };
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    const given = req.headers[TOKEN_HEADER];
    if (typeof given !== 'string' || !sameSecret(given, token)) return fail(res, 401, 'unauthorized', `Missing or wrong ${TOKEN_HEADER} header.`);
    if (pathname === '/api' || pathname === '/api/') {
      if (req.method !== 'GET') return fail(res, 405, 'method-not-allowed', 'Use GET /api to list the methods.');
      return send(res, 200, methodCatalogue());
    }
    if (req.method !== 'POST') return fail(res, 405, 'method-not-allowed', 'Call a method with POST.');
    const name = methodNameOf(pathname);
    if (name === null) return fail(res, 404, 'unknown-method', 'Unknown method: the name is not valid percent-encoding.');
    const contentType = String(req.headers['content-type'] ?? '');
    if (!JSON_CONTENT_TYPE.test(contentType)) return fail(res, 415, 'unsupported-media-type', 'The body must be JSON (content-type: application/json).');
    const body = await readBody(req);
    // Answered at once; Node discards the rest of the body (bounded by requestTimeout). Closing the
    // socket instead would reset it under a client still sending, which can lose the 413 itself.
    if (body === null) return fail(res, 413, 'too-large', `The request body is larger than ${MAX_REQUEST_BYTES} bytes.`);
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch (error) {
      return fail(res, 400, 'invalid-json', `The request body is not valid JSON (${(error as Error).message}).`);
    }
    const reply: Reply<unknown> = await dispatch(options.handlers, name, input);
    if (reply.ok) return send(res, 200, reply);
    return send(res, statusFor[reply.error.code] ?? 500, reply);
  }

  async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const given = req.headers[TOKEN_HEADER];
    if (typeof given !== 'string' || !sameSecret(given, token)) return fail(res, 401, 'unauthorized', `Missing or wrong ${TOKEN_HEADER} header.`);
    if (req.method !== 'POST') return fail(res, 405, 'method-not-allowed', 'Upload a file with POST.');
    if (!options.importUpload) return fail(res, 404, 'not-found', 'This host takes no uploads.');
    // The import's reader is made ready while the bytes come in, once the upload's name and size pass.
    const upload = await receiveUpload(req, url, options.prepareUpload);
    if (!upload.ok) return fail(res, upload.status, upload.code, upload.message);
    const importUpload = options.importUpload;
    // The browser gave up on its answer (Stop pressed as the last bytes arrived, the tab closed):
    // the import is stopped, as by library.stopImport, and nothing of it is saved.
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const reply = await dispatchUpload(() => importUpload({ fileName: upload.fileName, bytes: upload.bytes, signal: gone.signal }));
    if (reply.ok) return send(res, 200, reply);
    return send(res, statusFor[reply.error.code] ?? 500, reply);
  }

  /** index.html with the first screen in it, for the launch address; the plain page otherwise or if rendering fails. */
  async function withFirstScreen(data: Buffer, url: URL): Promise<Buffer> {
    const given = url.searchParams.get('token');
    if (!options.preRender || given === null || !sameSecret(given, token)) return data;
    try {
      return Buffer.from(await firstScreenPage(data.toString('utf8'), await firstScreenOf(options.handlers), options.preRender));
    } catch (error) {
      console.error(`Lectern: the first screen was not pre-rendered (${error instanceof Error ? error.message : String(error)}); the page draws it instead.`);
      return data;
    }
  }

  async function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405, 'method-not-allowed', 'Only GET is served here.');
    const file = resolveStaticPath(options.staticDir, url.pathname);
    if (!file) return fail(res, 404, 'not-found', 'No such file.');
    let data: Buffer;
    try {
      data = await readFile(file);
    } catch {
      return fail(res, 404, 'not-found', 'No such file.');
    }
    // HEAD answers with the headers GET would send, the length of the page with its first screen too.
    if (path.basename(file) === 'index.html') data = await withFirstScreen(data, url);
    res.writeHead(200, {
      'content-type': contentTypeFor(file),
      'content-length': data.length,
      'content-security-policy': PRODUCTION_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // Only the bundler's files carry a hash of their content in their name (assets/); early.js, the
      // icon and the pages keep one name from version to version and must be asked for again.
      'cache-control': file.endsWith('.html') ? 'no-store' : isHashedAsset(options.staticDir, file) ? 'max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  const underWay = new PendingWork();
  const server = http.createServer((req, res) => {
    const run = async () => {
      if (!allowedHosts().has(String(req.headers.host ?? ''))) return fail(res, 403, 'forbidden-host', 'This server answers only on 127.0.0.1 and localhost.');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins().has(origin)) return fail(res, 403, 'forbidden-origin', 'Requests from other origins are refused.');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const pathname = url.pathname;
      if (pathname === '/upload') return handleUpload(req, res, url);
      if (pathname === '/api' || pathname.startsWith('/api/')) return handleApi(req, res, pathname);
      return handleStatic(req, res, url);
    };
    void underWay.track(
      run().catch((error: unknown) => {
        if (!res.headersSent) fail(res, 500, 'internal', error instanceof Error ? error.message : 'internal error');
        else res.destroy();
      }),
    );
  });
  server.requestTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: `${url}?token=${token}`,
    token,
    port,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([underWay.idle(), new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_GRACE_MS)))]);
      clearTimeout(timer);
      server.closeAllConnections();
      await closed;
    },
  };
}
