import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PendingWork, trackedStore } from './pending-work';
import { openStore } from './store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-pending-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const place = { paragraphId: 'p1', offset: 0, percent: 10, updatedAt: '2026-01-01T00:00:00.000Z' };

describe('trackedStore', () => {
  it('follows an update and a change until each is written', async () => {
    const work = new PendingWork();
    const store = trackedStore(await openStore({ dataDir: dir }), work);
    const updating = store.update((draft) => {
      draft.reading['a'] = place;
    });
    const changing = store.change((draft) => {
      draft.reading['b'] = place;
      return 'b';
    });
    expect(work.size).toBe(2);
    await work.idle();
    expect(work.size).toBe(0);
    await updating;
    expect(await changing).toBe('b');
    expect(Object.keys(store.read().reading).sort()).toEqual(['a', 'b']);
  });
});
