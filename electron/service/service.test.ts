import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Method, Reply } from '../contract/contract';
import { dispatch } from '../contract/dispatch';
import { defaultSettings } from '../contract/reader-values';
import { FaultyFs } from '../store/faulty-fs';
import { DATA_FILE_NAME, openStore } from '../store/store';
import { createService } from './service';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-service-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A clock that starts at a fixed instant and moves only when told to. */
function testClock(start = '2026-03-01T09:00:00.000Z') {
  let current = new Date(start);
  return {
    now: () => current,
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

async function serviceOver(options: { fs?: FaultyFs; now?: () => Date } = {}) {
  const store = await openStore({ dataDir: dir, ...(options.fs ? { fs: options.fs } : {}) });
  const handlers = createService({ store, ...(options.now ? { now: options.now } : {}) });
  const call = (method: Method, input: unknown = {}): Promise<Reply<unknown>> => dispatch(handlers, method, input);
  return { store, handlers, call };
}

describe('settings', () => {
  it('starts with the default settings', async () => {
    const { call } = await serviceOver();
    await expect(call('settings.get')).resolves.toEqual({ ok: true, value: defaultSettings });
  });

  it('merges an update into the current settings and returns the result', async () => {
    const { call } = await serviceOver();
    await call('settings.update', { theme: 'dark' });
    const reply = await call('settings.update', { fontSizeStep: 4 });
    expect(reply).toEqual({ ok: true, value: { ...defaultSettings, theme: 'dark', fontSizeStep: 4 } });
  });

  it('keeps the settings across a reopen', async () => {
    const first = await serviceOver();
    await first.call('settings.update', { theme: 'sepia', lineWidth: 'wide', fontFamily: 'sans' });
    const second = await serviceOver();
    await expect(second.call('settings.get')).resolves.toEqual({
      ok: true,
      value: { ...defaultSettings, theme: 'sepia', lineWidth: 'wide', fontFamily: 'sans' },
    });
  });

  it('leaves a setting as it is when the patch carries it as undefined', async () => {
    const { call } = await serviceOver();
    await call('settings.update', { theme: 'dark' });
    const reply = await call('settings.update', { theme: undefined, fontSizeStep: 0 });
    expect(reply).toEqual({ ok: true, value: { ...defaultSettings, theme: 'dark', fontSizeStep: 0 } });
  });

  it('answers write-failed and keeps the old settings when the disk refuses', async () => {
    const fs = new FaultyFs();
    const { call } = await serviceOver({ fs });
    fs.fail('writeFile', 'ENOSPC');
    const reply = await call('settings.update', { theme: 'dark' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'write-failed', message: expect.stringContaining('ENOSPC') } });
    await expect(call('settings.get')).resolves.toEqual({ ok: true, value: defaultSettings });
  });

  it('answers read-only when the data file belongs to a newer Lectern', async () => {
    await writeFile(path.join(dir, DATA_FILE_NAME), '{"schemaVersion":99}');
    const { call } = await serviceOver();
    await expect(call('settings.update', { theme: 'dark' })).resolves.toMatchObject({ ok: false, error: { code: 'read-only' } });
    await expect(call('app.status')).resolves.toMatchObject({ ok: true, value: { readOnly: true } });
  });
});

describe('reading position', () => {
  const save = { documentId: 'japan-nato', paragraphId: 'p7', offset: 80, percent: 33.5 };

  it('saves a position stamped with the clock and gets it back', async () => {
    const clock = testClock();
    const { call } = await serviceOver({ now: clock.now });
    const saved = { paragraphId: 'p7', offset: 80, percent: 33.5, updatedAt: '2026-03-01T09:00:00.000Z' };
    await expect(call('reading.save', save)).resolves.toEqual({ ok: true, value: saved });
    await expect(call('reading.get', { documentId: 'japan-nato' })).resolves.toEqual({ ok: true, value: saved });
  });

  it('refuses __proto__ as a document id, which a restart would lose as a record key', async () => {
    const { call } = await serviceOver();
    const reply = await call('reading.save', { ...save, documentId: '__proto__' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('keeps the latest position across a reopen', async () => {
    const clock = testClock();
    const first = await serviceOver({ now: clock.now });
    await first.call('reading.save', save);
    clock.advance(60_000);
    await first.call('reading.save', { ...save, paragraphId: 'p9', offset: 0, percent: 51 });
    const second = await serviceOver();
    await expect(second.call('reading.get', { documentId: 'japan-nato' })).resolves.toEqual({
      ok: true,
      value: { paragraphId: 'p9', offset: 0, percent: 51, updatedAt: '2026-03-01T09:01:00.000Z' },
    });
  });

  it('keeps one position per article', async () => {
    const { call, store } = await serviceOver({ now: testClock().now });
    await call('reading.save', save);
    await call('reading.save', { ...save, documentId: 'other-article', offset: 5 });
    expect(Object.keys(store.read().reading).sort()).toEqual(['japan-nato', 'other-article']);
    const onDisk = JSON.parse(await readFile(path.join(dir, DATA_FILE_NAME), 'utf8')) as { reading: Record<string, unknown> };
    expect(Object.keys(onDisk.reading).sort()).toEqual(['japan-nato', 'other-article']);
  });

  it('answers null for an article never read', async () => {
    const { call } = await serviceOver();
    await expect(call('reading.get', { documentId: 'unread' })).resolves.toEqual({ ok: true, value: null });
  });

  // Ids are lowercase letters, digits and dashes, and "constructor" is one: it must not find Object's.
  it('answers null for "constructor", which passes the schema but is no article', async () => {
    const { call } = await serviceOver();
    const reply = await call('reading.get', { documentId: 'constructor' });
    expect(reply).toEqual({ ok: true, value: null });
  });
});

describe('app status', () => {
  it('reports the notices once and forgets them when dismissed', async () => {
    await writeFile(path.join(dir, DATA_FILE_NAME), 'not json');
    const { call } = await serviceOver();
    const status = await call('app.status');
    expect(status).toMatchObject({ ok: true, value: { dataDir: dir, readOnly: false, notices: [{ kind: 'started-clean' }] } });
    await expect(call('app.dismissNotices')).resolves.toEqual({ ok: true, value: { ok: true } });
    await expect(call('app.status')).resolves.toMatchObject({ ok: true, value: { notices: [] } });
  });
});
