import http from 'node:http';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES } from '../contract/contract';
import { createService } from '../service/service';
import { openStore, type Store } from '../store/store';
import { TOKEN_HEADER, startWebHost, type WebHost } from './server';

// A long loop of every kind of bad request, many at once: each gets its own error status, none
// leaks the token or a file outside the static folder, the data file is untouched, and the server
// still answers a good call at the end.
const ROUNDS = 150;
const SECRET = 'top-secret-beside-the-static-folder';

let root: string;
let host: WebHost;
let store: Store;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'lectern-hostile-requests-'));
  await mkdir(path.join(root, 'static'));
  await writeFile(path.join(root, 'static', 'index.html'), '<!doctype html><title>Lectern</title>');
  await writeFile(path.join(root, 'secret.txt'), SECRET);
  store = await openStore({ dataDir: path.join(root, 'data') });
  host = await startWebHost({ handlers: createService({ store }), staticDir: path.join(root, 'static') });
});
afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

type Abuse = { name: string; expected: number; method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer };

function abuses(): Abuse[] {
  const json = { 'content-type': 'application/json' };
  const token = { [TOKEN_HEADER]: host.token };
  const good = { ...json, ...token };
  return [
    { name: 'no token', expected: 401, method: 'POST', path: '/api/settings.update', headers: json, body: '{"theme":"dark"}' },
    { name: 'wrong token', expected: 401, method: 'POST', path: '/api/settings.update', headers: { ...json, [TOKEN_HEADER]: `${host.token}x` }, body: '{"theme":"dark"}' },
    { name: 'wrong Host', expected: 403, method: 'POST', path: '/api/settings.update', headers: { ...good, host: 'evil.example' }, body: '{"theme":"dark"}' },
    { name: 'wrong Origin', expected: 403, method: 'POST', path: '/api/settings.update', headers: { ...good, origin: 'http://evil.example' }, body: '{"theme":"dark"}' },
    { name: 'oversized body', expected: 413, method: 'POST', path: '/api/settings.update', headers: good, body: Buffer.alloc(MAX_REQUEST_BYTES + 1, 0x20) },
    { name: 'not JSON', expected: 400, method: 'POST', path: '/api/settings.update', headers: good, body: '{"theme": dark' },
    { name: 'not a JSON content type', expected: 415, method: 'POST', path: '/api/settings.update', headers: { ...token, 'content-type': 'text/plain' }, body: '{}' },
    { name: 'invalid input', expected: 400, method: 'POST', path: '/api/settings.update', headers: good, body: '{"theme":"neon","__proto__":{"x":1}}' },
    { name: 'unknown method', expected: 404, method: 'POST', path: '/api/settings.delete', headers: good, body: '{}' },
    { name: 'GET on a method', expected: 405, path: '/api/settings.update', headers: token },
    { name: 'path traversal', expected: 404, path: '/%2e%2e/secret.txt' },
    { name: 'encoded traversal', expected: 404, path: '/..%2fsecret.txt' },
  ];
}

function send(abuse: Abuse): Promise<{ status: number; text: string; headers: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method: abuse.method ?? 'GET', path: abuse.path, agent: false, setHost: false, headers: { host: `127.0.0.1:${host.port}`, ...abuse.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: JSON.stringify(res.headers) }));
      },
    );
    // An oversized body may be cut off once the 413 is sent; the answer is what counts.
    req.on('error', reject);
    req.end(abuse.body);
  });
}

it(`answers ${ROUNDS} rounds of every kind of bad request with its error, leaks nothing, writes nothing, and keeps serving`, async () => {
  const before = readFileSync(store.file);
  const list = abuses();
  const wrong: string[] = [];
  let answered = 0;
  // Eight clients at a time, each working through its share of the rounds.
  await Promise.all(
    Array.from({ length: 8 }, async (_, client) => {
      for (let round = client; round < ROUNDS; round += 8) {
        for (const abuse of list) {
          const answer = await send(abuse);
          answered += 1;
          if (answer.status !== abuse.expected) wrong.push(`${abuse.name}: ${answer.status}, expected ${abuse.expected}`);
          if (answer.text.includes(host.token) || answer.headers.includes(host.token)) wrong.push(`${abuse.name}: the token leaked`);
          if (answer.text.includes(SECRET)) wrong.push(`${abuse.name}: a file outside the static folder leaked`);
          if (!/^\{"ok":false,"error":\{"code":"[a-z-]+","message":"[^"]+/.test(answer.text)) wrong.push(`${abuse.name}: not a JSON error: ${answer.text.slice(0, 80)}`);
        }
      }
    }),
  );
  console.log(`[web host] ${answered} hostile requests answered, ${wrong.length} wrong`);
  expect(wrong.slice(0, 10)).toEqual([]);
  expect(answered).toBe(ROUNDS * list.length);
  expect(readFileSync(store.file).equals(before)).toBe(true);

  const ok = await send({ name: 'good call', expected: 200, method: 'POST', path: '/api/settings.update', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token }, body: '{"theme":"sepia"}' });
  expect(ok.status).toBe(200);
  expect(JSON.parse(readFileSync(store.file, 'utf8')).settings.theme).toBe('sepia');
}, 120_000);
