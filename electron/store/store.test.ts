import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallError } from '../contract/dispatch';
import { FONT_SIZES_PX, defaultSettings } from '../contract/reader-values';
import { BACKUPS_KEPT, backupsFolder } from './backups';
import { FaultyFs } from './faulty-fs';
import { CURRENT_SCHEMA_VERSION, emptyDoc } from './schema';
import { DATA_FILE_NAME, openStore, type StoreOptions } from './store';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-store-'));
  file = path.join(dir, DATA_FILE_NAME);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Second `n` of 2026-01-01, so each open gets its own timestamp. */
const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n));
const stampOf = (n: number) => at(n).toISOString().replace(/[:.]/g, '-');
const openAt = (n: number, options: Partial<StoreOptions> = {}) => openStore({ dataDir: dir, now: () => at(n), ...options });
const onDisk = async () => JSON.parse(await readFile(file, 'utf8')) as ReturnType<typeof emptyDoc>;
const backups = async () => (await readdir(backupsFolder(dir)).catch(() => [] as string[])).sort();
const position = (offset: number) => ({ paragraphId: 'p1', offset, percent: 10, updatedAt: at(0).toISOString() });

describe('opening', () => {
  it('creates the file with the default settings on first open', async () => {
    const store = await openAt(1);
    expect(store.read()).toEqual(emptyDoc());
    expect(await onDisk()).toEqual(emptyDoc());
    expect(await readFile(file, 'utf8')).not.toContain('\n');
    expect(store.notices()).toEqual([]);
    expect(store.readOnly).toBe(false);
  });

  it('reopens what an earlier session saved', async () => {
    const first = await openAt(1);
    await first.update((draft) => {
      draft.settings.theme = 'sepia';
      draft.reading['japan-nato'] = position(42);
    });
    const second = await openAt(2);
    expect(second.read().settings.theme).toBe('sepia');
    expect(second.read().reading['japan-nato']?.offset).toBe(42);
    expect(second.notices()).toEqual([]);
  });

  it('brings back the newest backup, and says so, when the data file has gone missing', async () => {
    const first = await openAt(1);
    await first.update((draft) => {
      draft.settings.theme = 'dark';
    });
    await openAt(2); // makes a backup holding the dark theme
    await rm(file);
    const third = await openAt(3);
    expect(third.read().settings.theme).toBe('dark');
    expect(third.notices()).toEqual([expect.objectContaining({ kind: 'recovered-from-backup', message: expect.stringMatching(/was missing.*restored the newest backup/) })]);
    expect((await onDisk()).settings.theme).toBe('dark');
  });

  it('starts fresh without a notice when there is neither a data file nor a backup', async () => {
    const store = await openAt(1);
    expect(store.notices()).toEqual([]);
    expect(await backups()).toEqual([]);
  });

  it('removes temp files left by an interrupted write, and nothing else', async () => {
    await openAt(1);
    const stale = ['.lectern.json.4242.1.deadbeef.tmp', '.lectern.json.1.2.cafe.tmp'];
    const unrelated = ['.other.json.1.1.aa.tmp', 'notes.txt'];
    for (const name of [...stale, ...unrelated]) await writeFile(path.join(dir, name), 'partial');
    await openAt(2);
    const names = await readdir(dir);
    for (const name of stale) expect(names).not.toContain(name);
    for (const name of unrelated) expect(names).toContain(name);
  });
});

describe('update', () => {
  it('resolves only once the change is in the file on disk', async () => {
    const store = await openAt(1);
    await store.update((draft) => {
      draft.settings.fontSizeStep = 5;
    });
    expect((await onDisk()).settings.fontSizeStep).toBe(5);
  });

  it('has fsynced the file and its folder by the time it resolves', async () => {
    const fs = new FaultyFs();
    const store = await openAt(1, { fs });
    fs.calls.length = 0;
    await store.update((draft) => {
      draft.settings.theme = 'dark';
    });
    const steps = fs.steps();
    const renameAt = steps.findIndex((step) => step.startsWith('rename '));
    expect(steps.slice(renameAt - 2, renameAt)).toEqual([expect.stringMatching(/^sync .*\.tmp$/), expect.stringMatching(/^close .*\.tmp$/)]);
    expect(steps.slice(renameAt + 1)).toEqual([`open ${dir}`, `sync ${dir}`, `close ${dir}`]);
  });

  it('rejects a failed write with write-failed and keeps memory and file as they were', async () => {
    const fs = new FaultyFs();
    const store = await openAt(1, { fs });
    await store.update((draft) => {
      draft.reading['japan-nato'] = position(1);
    });
    const fileBefore = await readFile(file);
    const docBefore = structuredClone(store.read());

    fs.fail('writeFile', 'ENOSPC');
    const failed = store.update((draft) => {
      draft.settings.theme = 'dark';
      draft.reading['japan-nato']!.offset = 999;
    });
    await expect(failed).rejects.toBeInstanceOf(CallError);
    await expect(failed).rejects.toMatchObject({ code: 'write-failed', message: expect.stringMatching(/not saved.*ENOSPC.*previous data is intact/i) });
    expect(store.read()).toEqual(docBefore);
    expect((await readFile(file)).equals(fileBefore)).toBe(true);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('saves the next update once the fault clears', async () => {
    const fs = new FaultyFs();
    const store = await openAt(1, { fs });
    fs.fail('rename', 'EPERM');
    await expect(store.update((draft) => void (draft.settings.theme = 'dark'))).rejects.toMatchObject({ code: 'write-failed' });
    fs.heal();
    await store.update((draft) => void (draft.settings.lineWidth = 'wide'));
    expect((await onDisk()).settings).toEqual({ ...defaultSettings, lineWidth: 'wide' });
    expect(store.read().settings).toEqual({ ...defaultSettings, lineWidth: 'wide' });
  });

  it('leaves the document unchanged when the change would break its shape', async () => {
    const store = await openAt(1);
    const fileBefore = await readFile(file);
    await expect(store.update((draft) => void (draft.settings.fontSizeStep = 99))).rejects.toThrow();
    expect(store.read()).toEqual(emptyDoc());
    expect((await readFile(file)).equals(fileBefore)).toBe(true);
  });

  it('leaves the document unchanged when the mutation throws', async () => {
    const store = await openAt(1);
    await expect(
      store.update((draft) => {
        draft.settings.theme = 'dark';
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(store.read()).toEqual(emptyDoc());
  });

  it('writes exactly the JSON of the current document', async () => {
    const store = await openAt(1);
    await store.update((draft) => {
      draft.settings.theme = 'dark';
      draft.reading.a = position(1);
      draft.reading.b = position(2);
    });
    await store.update((draft) => {
      delete draft.reading.a;
      draft.reading.b!.offset = 22;
      draft.window = { x: 1, y: 2, width: 800, height: 600, maximized: false };
    });
    expect(await readFile(file, 'utf8')).toBe(JSON.stringify(store.read()));
    expect(store.read().reading).toEqual({ b: position(22) });
  });

  it('hands out a frozen document, so nothing changes it behind the store’s back', async () => {
    const store = await openAt(1);
    await store.update((draft) => void (draft.reading.a = position(1)));
    const doc = store.read();
    expect(() => {
      (doc.settings as { theme: string }).theme = 'dark';
    }).toThrow(TypeError);
    expect(() => {
      doc.reading.a!.offset = 5;
    }).toThrow(TypeError);
    expect(store.read().settings.theme).toBe('light');
  });

  it('saves a changed entry as a full validation would: unknown keys dropped, bad values refused', async () => {
    const store = await openAt(1);
    await store.update((draft) => void (draft.reading.a = { ...position(1), extra: 'dropped' } as ReturnType<typeof position>));
    expect((await onDisk()).reading.a).toEqual(position(1));
    await expect(store.update((draft) => void (draft.reading.a!.percent = 400))).rejects.toThrow(/reading\.a\.percent|percent/);
    expect(store.read().reading.a).toEqual(position(1));
  });

  it('serializes 100 concurrent updates so every one of them is kept', async () => {
    const store = await openAt(1);
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        store.update((draft) => {
          draft.reading[`article-${i}`] = position(i);
        }),
      ),
    );
    const expected = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`article-${i}`, position(i)]));
    expect(store.read().reading).toEqual(expected);
    expect((await onDisk()).reading).toEqual(expected);
  });

  it('shows a mutation, through read(), the update before it still being written; a read taken before the update does not have it', async () => {
    const store = await openAt(1);
    const first = store.update((draft) => {
      draft.reading['article-1'] = position(1);
    });
    const before = store.read();
    let seen: unknown = null;
    await store.update((draft) => {
      seen = store.read().reading['article-1'];
      draft.reading['article-2'] = position(2);
    });
    await first;
    expect(before.reading['article-1']).toBeUndefined();
    expect(seen).toEqual(position(1));
  });

  it('hands a change the document it starts from, and resolves with what the change returned', async () => {
    const store = await openAt(1);
    void store.update((draft) => {
      draft.reading['article-1'] = position(1);
    });
    const found = await store.change((draft, current) => {
      draft.reading['article-2'] = position(2);
      return current.reading['article-1'];
    });
    expect(found).toEqual(position(1));
    expect(Object.keys(store.read().reading).sort()).toEqual(['article-1', 'article-2']);
  });
});

describe('migration', () => {
  const fixture = path.join(import.meta.dirname, 'fixtures', 'v0.json');

  it('upgrades a v0 file to the current version and says so', async () => {
    await copyFile(fixture, file);
    const store = await openAt(5);
    const doc = store.read();
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(doc.settings).toEqual({ ...defaultSettings, theme: 'dark', fontSizeStep: FONT_SIZES_PX.indexOf(21) });
    expect(doc.reading['japan-nato']).toEqual({ paragraphId: 'p3', offset: 120, percent: 48, updatedAt: new Date(0).toISOString() });
    expect(await onDisk()).toEqual(doc);
    expect(store.notices()).toEqual([expect.objectContaining({ kind: 'migrated', at: at(5).toISOString() })]);
  });

  it('keeps the pre-migration file as a backup, byte for byte', async () => {
    await copyFile(fixture, file);
    const store = await openAt(5);
    const keptAs = store.notices()[0]?.keptAs ?? '';
    expect(path.dirname(keptAs)).toBe(backupsFolder(dir));
    expect(path.basename(keptAs)).toContain('pre-v0');
    expect((await readFile(keptAs)).equals(await readFile(fixture))).toBe(true);
  });

  it('picks the nearest font-size step for a pixel size between steps', async () => {
    await writeFile(file, JSON.stringify({ settings: { fontSize: 27.9 } }));
    expect((await openAt(5)).read().settings.fontSizeStep).toBe(FONT_SIZES_PX.indexOf(29));
  });
});

/** Three sessions: the backups hold 'sepia' (taken at 2) and 'dark' (taken at 3). */
async function sessionsWithBackups(): Promise<void> {
  const first = await openAt(1);
  await first.update((draft) => void (draft.settings.theme = 'sepia'));
  const second = await openAt(2);
  await second.update((draft) => void (draft.settings.theme = 'dark'));
  await openAt(3);
}

const validText = JSON.stringify({ ...emptyDoc(), reading: { 'japan-nato': position(3) } });
function withInvalidUtf8(text: string): Buffer {
  const [before, after] = text.split('"p1"');
  return Buffer.concat([Buffer.from(`${before}"p`), Buffer.from([0xff]), Buffer.from(`"${after}`)]);
}
const damaged: { name: string; bytes: Buffer }[] = [
  { name: 'an empty file', bytes: Buffer.alloc(0) },
  { name: 'truncated JSON', bytes: Buffer.from(validText.slice(0, Math.floor(validText.length / 2))) },
  { name: 'a file of NUL bytes', bytes: Buffer.alloc(4096) },
  // Decoded leniently, 0xFF would become U+FFFD and the document would load; it must not.
  { name: 'invalid UTF-8 inside an otherwise valid document', bytes: withInvalidUtf8(validText) },
  { name: 'valid JSON of the wrong shape', bytes: Buffer.from('{"schemaVersion":1,"settings":{"theme":"neon"}}') },
  { name: 'a JSON array', bytes: Buffer.from('[1,2,3]') },
  { name: 'JSON null', bytes: Buffer.from('null') },
  { name: 'a schemaVersion that is not a number', bytes: Buffer.from('{"schemaVersion":"1"}') },
  { name: 'an unversioned object that is not a v0 document', bytes: Buffer.from('{"notes":[{"text":"mine"}]}') },
  { name: 'a fractional schemaVersion', bytes: Buffer.from('{"schemaVersion":0.5,"settings":{}}') },
  { name: 'a negative schemaVersion', bytes: Buffer.from('{"schemaVersion":-1}') },
];

describe('a damaged file', () => {
  it.each(damaged)('is kept aside and the newest backup restored when it holds $name', async ({ bytes }) => {
    await sessionsWithBackups();
    await writeFile(file, bytes);
    const store = await openAt(4);

    const keptAs = path.join(dir, `lectern.corrupt-${stampOf(4)}.json`);
    expect((await readFile(keptAs)).equals(bytes)).toBe(true);
    expect(store.read().settings.theme).toBe('dark');
    expect((await onDisk()).settings.theme).toBe('dark');
    expect(store.notices()).toEqual([expect.objectContaining({ kind: 'recovered-from-backup', keptAs })]);
    expect(store.notices()[0]?.message).toContain(path.basename(keptAs));
  });

  it('skips a damaged backup and restores the newest valid one', async () => {
    await sessionsWithBackups();
    await writeFile(path.join(backupsFolder(dir), `lectern.backup-${stampOf(3)}.json`), '{"schemaVer');
    await writeFile(file, '');
    const store = await openAt(4);
    expect(store.read().settings.theme).toBe('sepia');
    expect(store.notices()[0]?.kind).toBe('recovered-from-backup');
  });

  it('starts clean and keeps the damaged file when there is no backup', async () => {
    const bytes = Buffer.from('{"schemaVersion":1,"settings":');
    await writeFile(file, bytes);
    const store = await openAt(4);
    const keptAs = path.join(dir, `lectern.corrupt-${stampOf(4)}.json`);
    expect((await readFile(keptAs)).equals(bytes)).toBe(true);
    expect(store.read()).toEqual(emptyDoc());
    expect(await onDisk()).toEqual(emptyDoc());
    expect(store.notices()).toEqual([expect.objectContaining({ kind: 'started-clean', keptAs })]);
  });

  it('never overwrites a damaged file kept earlier at the same time', async () => {
    await writeFile(file, 'first damage');
    await openAt(4);
    await writeFile(file, 'second damage');
    const store = await openAt(4);
    const kept = (await readdir(dir)).filter((name) => name.startsWith('lectern.corrupt-'));
    expect(kept).toHaveLength(2);
    const contents = await Promise.all(kept.map((name) => readFile(path.join(dir, name), 'utf8')));
    expect(contents.sort()).toEqual(['first damage', 'second damage']);
    expect(kept).toContain(path.basename(store.notices()[0]?.keptAs ?? ''));
  });
});

describe('a file from a newer Lectern', () => {
  const newer = JSON.stringify({ schemaVersion: 99, settings: { theme: 'ultraviolet' }, future: [1, 2, 3] }, null, 2);

  it('opens read-only and leaves the file untouched byte for byte', async () => {
    await writeFile(file, newer);
    const store = await openAt(4);
    expect(store.readOnly).toBe(true);
    expect(store.notices()).toEqual([expect.objectContaining({ kind: 'newer-version' })]);
    expect(await readFile(file, 'utf8')).toBe(newer);
    expect(await backups()).toEqual([]);
  });

  it('refuses updates with read-only and still leaves the file untouched', async () => {
    await writeFile(file, newer);
    const store = await openAt(4);
    const update = store.update((draft) => void (draft.settings.theme = 'dark'));
    await expect(update).rejects.toBeInstanceOf(CallError);
    await expect(update).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(file, 'utf8')).toBe(newer);
    expect((await readdir(dir)).sort()).toEqual([DATA_FILE_NAME]);
  });
});

describe('backups', () => {
  it(`keeps only the newest ${BACKUPS_KEPT}`, async () => {
    for (let n = 1; n <= 9; n += 1) await openAt(n);
    // The first open creates the file, so backups are taken at opens 2 to 9; the newest five stay.
    expect(await backups()).toEqual([5, 6, 7, 8, 9].map((n) => `lectern.backup-${stampOf(n)}.json`));
  });

  it('copies the file as it was when the session started', async () => {
    const first = await openAt(1);
    await first.update((draft) => void (draft.settings.theme = 'sepia'));
    const bytes = await readFile(file);
    await openAt(2);
    expect((await readFile(path.join(backupsFolder(dir), `lectern.backup-${stampOf(2)}.json`))).equals(bytes)).toBe(true);
  });

  it('still opens the data when the backup cannot be made', async () => {
    await openAt(1);
    const fs = new FaultyFs().fail('copyFile', 'ENOSPC');
    const store = await openAt(2, { fs });
    expect(store.read()).toEqual(emptyDoc());
    await store.update((draft) => void (draft.settings.theme = 'dark'));
    expect((await onDisk()).settings.theme).toBe('dark');
  });
});
