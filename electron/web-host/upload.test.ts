import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { MAX_REQUEST_BYTES } from '../contract/contract';
import { createStudyService } from '../service/service';
import { openStore } from '../store/store';
import { TOKEN_HEADER, startWebHost, type WebHost } from './server';
import { MAX_UPLOAD_BYTES } from './upload';

let root: string;
let host: WebHost;
// What the host did, in order: an upload's reader is made ready before its bytes are in.
const steps: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'lectern-upload-test-'));
  const staticDir = path.join(root, 'static');
  await mkdir(staticDir, { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Lectern</title>');
  const service = createStudyService({ store: await openStore({ dataDir: path.join(root, 'data') }) });
  host = await startWebHost({
    handlers: service.handlers,
    importUpload: (file) => {
      steps.push(`import ${file.bytes.length} bytes`);
      return service.imports.importFile(file);
    },
    prepareUpload: () => steps.push('prepare'),
    staticDir,
  });
});
afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

const upload = (name: string, body: Uint8Array | string, headers: Record<string, string> = { [TOKEN_HEADER]: host.token }) =>
  fetch(`${host.url}upload?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...headers }, body: new Blob([body as BlobPart]) });

it('imports a file larger than the method calls’ cap', async () => {
  const text = `A long essay\n\n${'One sentence of a long text that goes on. '.repeat(Math.ceil((MAX_REQUEST_BYTES * 2) / 42))}`;
  const answer = await upload('long essay.txt', text);
  expect(answer.status).toBe(200);
  expect(await answer.json()).toMatchObject({ ok: true, value: { outcome: 'imported', item: { title: 'A long essay', source: { kind: 'txt', fileName: 'long essay.txt' } } } });
});

it('makes the import’s reader ready as an upload begins, before its bytes are in', async () => {
  steps.length = 0;
  const first = Buffer.from('A note sent ');
  const rest = Buffer.from('in two parts.');
  const request = http.request(`${host.url}upload?name=parts.txt`, { method: 'POST', headers: { [TOKEN_HEADER]: host.token, 'content-length': first.length + rest.length } });
  const answered = new Promise<number>((resolve, reject) => {
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
  });
  request.write(first);
  // Half the bytes sent: the reader is being made ready, and nothing is imported yet.
  await vi.waitFor(() => expect(steps).toEqual(['prepare']));
  request.end(rest);
  expect(await answered).toBe(200);
  expect(steps).toEqual(['prepare', 'import 25 bytes']);
});

it('demands the token, as /api does', async () => {
  steps.length = 0;
  const answer = await upload('x.txt', 'text', {});
  expect(answer.status).toBe(401);
  // Nothing is made ready for a request it refuses.
  expect(steps).toEqual([]);
});

it('refuses a file over its own cap, naming the file', async () => {
  steps.length = 0;
  const answer = await upload('huge.txt', new Uint8Array(MAX_UPLOAD_BYTES + 1));
  expect(answer.status).toBe(413);
  expect(await answer.json()).toMatchObject({ ok: false, error: { message: expect.stringContaining('“huge.txt” was not imported') } });
  // Refused by its declared size, before a byte was read: no reader was made ready for it.
  expect(steps).toEqual([]);
});

it('answers an importer’s refusal with its message', async () => {
  const answer = await upload('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  expect(answer.status).toBe(400);
  expect(await answer.json()).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('photo.png') } });
});

it('refuses a name that is missing, a folder, too long, or holds control characters or text-direction marks, saying which', async () => {
  const refused = async (name: string) => {
    const answer = await upload(name, 'Some text to read.');
    expect(answer.status, name).toBe(400);
    return ((await answer.json()) as { error: { message: string } }).error.message;
  };
  expect(await refused('')).toBe('Name the uploaded file with ?name=<file name>.');
  expect(await refused('notes/')).toBe('Name the uploaded file with ?name=<file name>.');
  expect(await refused('../..')).toBe('“..” names a folder, not a file; upload a file.');
  expect(await refused(`${'a'.repeat(252)}.txt`)).toBe('The file’s name is longer than 255 characters; rename it and upload it again.');
  steps.length = 0;
  for (const name of ['two\nlines.txt', 'bell\u0007.txt', 'c1\u0085.txt', 'evil\u202Etxt.exe', 'isolate\u2067.txt']) {
    expect(await refused(name)).toBe('The file’s name holds control characters (a line break or a text-direction mark, say); rename it and upload it again.');
  }
  expect(steps).toEqual([]);
  // A name in any script, with accents, spaces and dots, is a name.
  const answer = await upload('Éloge de l’ombre — 陰翳礼讃 v1.2.txt', 'Éloge de l’ombre\n\nUn texte.');
  expect(answer.status).toBe(200);
});

it('stops the import of an upload whose browser gave up on the answer, and saves nothing', async () => {
  // A worker that never answers, as a parser stuck on a slow file would not.
  const service = createStudyService({ store: await openStore({ dataDir: path.join(root, 'gone') }), importWorker: new URL('../service/library/fixtures/stalling-worker.mjs', import.meta.url) });
  const slowHost = await startWebHost({ handlers: service.handlers, importUpload: service.imports.importFile, staticDir: path.join(root, 'static') });
  const call = async (method: string) =>
    (await (await fetch(`${slowHost.url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: slowHost.token }, body: '{}' })).json()) as { value: unknown };
  try {
    const body = Buffer.from('A text that takes long to read.');
    const request = http.request(`${slowHost.url}upload?name=slow.md`, { method: 'POST', headers: { [TOKEN_HEADER]: slowHost.token, 'content-length': body.length } });
    request.on('error', () => {});
    request.end(body);
    // Every byte sent and the reading begun (the stalling worker holds it), the browser goes away.
    await new Promise((resolve) => setTimeout(resolve, 400));
    request.destroy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The reading was ended, not left running: there is nothing to stop, and nothing was saved.
    expect((await call('library.stopImport')).value).toEqual({ stopped: false });
    expect((await call('library.list')).value).toMatchObject({ items: [{ id: 'japan-nato' }] });
    expect(((await call('library.list')).value as { items: unknown[] }).items).toHaveLength(1);
  } finally {
    await slowHost.close();
  }
});
