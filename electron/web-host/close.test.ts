/** Stopping the web host (Ctrl+C, SIGTERM) lets a save already under way finish and answer first. */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../contract/contract';
import { createService } from '../service/service';
import { DATA_FILE_NAME, openStore } from '../store/store';
import { TOKEN_HEADER, startWebHost, type WebHost } from './server';

let root: string;
let host: WebHost | null = null;
// A test that fails while its save is held must not leave close() waiting out its grace period.
let releaseHeld = () => undefined as void;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'lectern-web-host-close-'));
  await mkdir(path.join(root, 'static'));
});
afterEach(async () => {
  releaseHeld();
  await host?.close();
  host = null;
  await rm(root, { recursive: true, force: true });
});

/** A host whose settings.update waits for `release()` once it has begun. */
async function hostWithHeldSave() {
  const store = await openStore({ dataDir: path.join(root, 'data') });
  const handlers = createService({ store });
  let release = () => undefined as void;
  let begun = () => undefined as void;
  const started = new Promise<void>((resolve) => (begun = resolve));
  const held = new Promise<void>((resolve) => (release = resolve));
  releaseHeld = release;
  const slowSave: Handlers['settings.update'] = async (patch) => {
    begun();
    await held;
    return handlers['settings.update'](patch);
  };
  host = await startWebHost({ handlers: { ...handlers, 'settings.update': slowSave }, staticDir: path.join(root, 'static') });
  return { host, started, release };
}

const call = (to: WebHost, method: string, body: unknown) =>
  fetch(`${to.url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: to.token }, body: JSON.stringify(body) });

const settled = <T>(promise: Promise<T>) => Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 100))]);

describe('closing the web host', () => {
  it('waits for a save under way, which answers and is on disk, before it closes', async () => {
    const { host: running, started, release } = await hostWithHeldSave();
    const saving = call(running, 'settings.update', { theme: 'dark' });
    await started;
    const closing = running.close();
    expect(await settled(closing), 'close waits for the save').toBe(false);
    release();
    const answer = await saving;
    expect(answer.status).toBe(200);
    await closing;
    host = null;
    const onDisk = JSON.parse(await readFile(path.join(root, 'data', DATA_FILE_NAME), 'utf8')) as { settings: { theme: string } };
    expect(onDisk.settings.theme).toBe('dark');
  });

  it('takes no new connection once closing has begun', async () => {
    const { host: running, started, release } = await hostWithHeldSave();
    const saving = call(running, 'settings.update', { theme: 'dark' });
    await started;
    const closing = running.close();
    const refused = await fetch(running.url, { headers: { connection: 'close' } }).then(
      () => 'answered',
      (error: Error) => (error.cause as NodeJS.ErrnoException | undefined)?.code,
    );
    expect(refused).toBe('ECONNREFUSED');
    release();
    await saving;
    await closing;
    host = null;
  });
});
