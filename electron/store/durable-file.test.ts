import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DurableJsonFile, isTempOf, tempNameFor, writeDurably } from './durable-file';
import { FaultyFs } from './faulty-fs';
import { nodeFsPort, type FsPort } from './fs-port';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-durable-'));
  file = path.join(dir, 'lectern.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const tempsIn = async (folder: string) => (await readdir(folder)).filter((name) => name.endsWith('.tmp'));

describe('DurableJsonFile', () => {
  it('writes compact JSON, not pretty-printed', async () => {
    await new DurableJsonFile(file).write({ a: 1, list: [1, 2], nested: { b: 'x' } });
    expect(await readFile(file, 'utf8')).toBe('{"a":1,"list":[1,2],"nested":{"b":"x"}}');
  });

  it('writes chunks in order with one vectored write, and finishes a short one', async () => {
    const chunks = Array.from({ length: 3000 }, (_, i) => Buffer.from(i === 0 ? '[' : i === 2999 ? '0]' : `${i},`));
    await new DurableJsonFile(file).writeJson(chunks);
    expect(await readFile(file, 'utf8')).toBe(Buffer.concat(chunks).toString());
    // A vectored write that stops early (a signal, a full pipe) is completed with the rest.
    const short: FsPort = {
      ...nodeFsPort,
      open: async (target, flags) => {
        const handle = await nodeFsPort.open(target, flags);
        return { ...handle, writev: async (buffers) => handle.writeFile(Buffer.concat(buffers).subarray(0, 5)).then(() => ({ bytesWritten: 5 })) };
      },
    };
    await writeDurably(short, file, [Buffer.from('{"a":'), Buffer.from('"long value"}')]);
    expect(await readFile(file, 'utf8')).toBe('{"a":"long value"}');
  });

  it('reads back what it wrote, and null when there is no file', async () => {
    const adapter = new DurableJsonFile<{ n: number }>(file);
    expect(await adapter.read()).toBeNull();
    await adapter.write({ n: 7 });
    expect(await adapter.read()).toEqual({ n: 7 });
  });

  it('gives each write its own temp name beside the file', () => {
    const names = new Set(Array.from({ length: 100 }, () => tempNameFor(file)));
    expect(names.size).toBe(100);
    for (const name of names) {
      expect(path.dirname(name)).toBe(dir);
      expect(isTempOf('lectern.json', path.basename(name))).toBe(true);
    }
  });

  it('fsyncs the temp file, renames it, then fsyncs the folder, all before resolving', async () => {
    const fs = new FaultyFs();
    await new DurableJsonFile(file, fs).write({ n: 1 });
    const steps = fs.steps();
    const temp = fs.calls[0]?.path ?? '';
    expect(isTempOf('lectern.json', path.basename(temp))).toBe(true);
    expect(steps).toEqual([
      `open ${temp}`,
      `writeFile ${temp}`,
      `sync ${temp}`,
      `close ${temp}`,
      `rename ${temp}`,
      `open ${dir}`,
      `sync ${dir}`,
      `close ${dir}`,
    ]);
    expect(await tempsIn(dir)).toEqual([]);
  });

  it('uses a different temp file for every write', async () => {
    const fs = new FaultyFs();
    const adapter = new DurableJsonFile(file, fs);
    await adapter.write({ n: 1 });
    await adapter.write({ n: 2 });
    const temps = fs.calls.filter((call) => call.step === 'rename').map((call) => call.path);
    expect(temps).toHaveLength(2);
    expect(temps[0]).not.toBe(temps[1]);
  });

  it('lands 50 concurrent writes one at a time, in call order, and keeps the last', async () => {
    const landed: number[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    // Random delays inside each write would reorder or interleave them if the adapter did not queue.
    const slowFs: FsPort = {
      ...nodeFsPort,
      open: async (target, flags) => {
        const handle = await nodeFsPort.open(target, flags);
        return {
          ...handle,
          writeFile: async (data: string | Uint8Array) => {
            inFlight += 1;
            maxInFlight = Math.max(maxInFlight, inFlight);
            await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
            await handle.writeFile(data);
            inFlight -= 1;
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
      rename: async (from, to) => {
        await nodeFsPort.rename(from, to);
        landed.push((JSON.parse(await readFile(to, 'utf8')) as { n: number }).n);
      },
    };
    const adapter = new DurableJsonFile<{ n: number }>(file, slowFs);
    await Promise.all(Array.from({ length: 50 }, (_, n) => adapter.write({ n })));
    expect(landed).toEqual(Array.from({ length: 50 }, (_, n) => n));
    expect(maxInFlight).toBe(1);
    expect(await readFile(file, 'utf8')).toBe('{"n":49}');
    expect(await tempsIn(dir)).toEqual([]);
  });

  it('snapshots the data at call time, so a later change to the object is not written', async () => {
    const adapter = new DurableJsonFile<{ n: number }>(file);
    const data = { n: 1 };
    const pending = adapter.write(data);
    data.n = 2;
    await pending;
    expect(await readFile(file, 'utf8')).toBe('{"n":1}');
  });
});

describe('a write that fails', () => {
  const isTemp = (target: string) => target.endsWith('.tmp');
  const faults = [
    { name: 'opening the temp file is refused (EACCES)', step: 'open', code: 'EACCES', matches: isTemp },
    { name: 'the disk is full (ENOSPC)', step: 'writeFile', code: 'ENOSPC', matches: isTemp },
    { name: 'the temp file cannot be fsynced (EIO)', step: 'sync', code: 'EIO', matches: isTemp },
    { name: 'the rename is not permitted (EPERM)', step: 'rename', code: 'EPERM', matches: isTemp },
    { name: 'the file is busy (EBUSY)', step: 'rename', code: 'EBUSY', matches: isTemp },
    { name: 'closing the temp file fails (EIO)', step: 'close', code: 'EIO', matches: isTemp },
  ] as const;

  it.each(faults)('rejects and keeps the previous file byte-identical when $name', async ({ step, code, matches }) => {
    await writeFile(file, '{"n":"previous"}');
    const before = await readFile(file);
    const fs = new FaultyFs().fail(step, code, matches);
    const adapter = new DurableJsonFile(file, fs);

    await expect(adapter.write({ n: 'next' })).rejects.toMatchObject({ code });
    expect((await readFile(file)).equals(before)).toBe(true);
    expect(await tempsIn(dir)).toEqual([]);
  });

  it.each(faults)('succeeds on retry once the fault clears ($name)', async ({ step, code, matches }) => {
    await writeFile(file, '{"n":"previous"}');
    const fs = new FaultyFs().fail(step, code, matches);
    const adapter = new DurableJsonFile(file, fs);
    await expect(adapter.write({ n: 'next' })).rejects.toMatchObject({ code });

    fs.heal();
    await adapter.write({ n: 'retried' });
    expect(await readFile(file, 'utf8')).toBe('{"n":"retried"}');
    expect(await tempsIn(dir)).toEqual([]);
  });

  it('never deletes a file it failed to create', async () => {
    const squatter = { path: '' };
    const fs = new FaultyFs();
    // Someone else's file at the temp name: the exclusive open must fail and leave it alone.
    const open = fs.open.bind(fs);
    fs.open = async (target, flags) => {
      if (target.endsWith('.tmp') && !squatter.path) {
        squatter.path = target;
        await writeFile(target, 'not ours');
      }
      return open(target, flags);
    };
    await expect(writeDurably(fs, file, '{"n":1}')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(squatter.path, 'utf8')).toBe('not ours');
  });

  it('does not block the writes queued behind it', async () => {
    const fs = new FaultyFs().fail('writeFile', 'ENOSPC');
    const adapter = new DurableJsonFile(file, fs);
    const first = adapter.write({ n: 1 });
    const second = adapter.write({ n: 2 }).then(() => 'written');
    await expect(first).rejects.toMatchObject({ code: 'ENOSPC' });
    fs.heal();
    await expect(second).resolves.toBe('written');
    expect(await readFile(file, 'utf8')).toBe('{"n":2}');
  });

  it('rejects when the folder cannot be fsynced, since the rename may not survive a power cut', async () => {
    const fs = new FaultyFs().fail('sync', 'EIO', (target) => target === dir);
    await expect(writeDurably(fs, file, '{"n":1}')).rejects.toMatchObject({ code: 'EIO' });
    expect(await tempsIn(dir)).toEqual([]);
  });

  it('tolerates a file system that cannot fsync a folder at all (EINVAL)', async () => {
    const fs = new FaultyFs().fail('sync', 'EINVAL', (target) => target === dir);
    await writeDurably(fs, file, '{"n":1}');
    expect(await readFile(file, 'utf8')).toBe('{"n":1}');
  });
});
