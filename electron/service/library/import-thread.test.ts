import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../domain/import/importer';
import { IMPORT_THREAD_LIMITS, importOnThread } from './import-thread';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const input = { bytes: new TextEncoder().encode('The geese arrive in the first hard frost.'), fileName: 'marsh.txt' };

describe('importOnThread', () => {
  it('sends the file to the worker and relays its progress and result', async () => {
    const seen: number[] = [];
    const result = await importOnThread(fixture('answering-worker.mjs'))({ ...input, onProgress: (fraction) => seen.push(fraction) });
    expect(seen).toEqual([0.5]);
    expect(result).toMatchObject({ ok: true, document: { title: 'marsh.txt', sections: [{ blocks: [{ text: 'The geese arrive in the first hard frost.' }] }] } });
  });

  it('ends a worker that runs past the time limit, and the app goes on meanwhile', async () => {
    let ticks = 0;
    const ticking = setInterval(() => (ticks += 1), 20);
    const result = await importOnThread(fixture('stalling-worker.mjs'), { timeMs: 400, memoryMb: 256 })(input);
    clearInterval(ticking);
    expect(result).toEqual({
      ok: false,
      code: 'too-large',
      message: '“marsh.txt” could not be imported: reading it took longer than 0.4 s, far longer than any text needs; it may be built to stall the reader.',
    });
    // The stalled parser held its own thread only: this one kept running its timers.
    expect(ticks).toBeGreaterThanOrEqual(10);
  });

  it('ends the worker at once when the import is stopped, and when it was stopped before it began', async () => {
    const control = new AbortController();
    const reading = importOnThread(fixture('stalling-worker.mjs'))({ ...input, signal: control.signal });
    setTimeout(() => control.abort(), 50);
    expect(await reading).toEqual({ ok: false, code: 'unreadable', message: '“marsh.txt” could not be imported: its import was stopped before it was read.' });
    expect(await importOnThread(fixture('answering-worker.mjs'))({ ...input, signal: AbortSignal.abort() })).toMatchObject({ ok: false, code: 'unreadable' });
  });

  it('refuses a file whose reading runs out of the memory an import may take, and only the worker dies', async () => {
    const result = await importOnThread(fixture('swelling-worker.mjs'), { timeMs: 60_000, memoryMb: 32 })(input);
    expect(result).toEqual({
      ok: false,
      code: 'too-large',
      message: '“marsh.txt” could not be imported: reading it needed more than 32 MB of memory, far more than any text needs; it may be built to exhaust memory.',
    });
  });

  it('reports a worker that fails to start, naming the file', async () => {
    const result = await importOnThread(fixture('throwing-worker.mjs'))(input);
    expect(result).toEqual({ ok: false, code: 'unreadable', message: '“marsh.txt” could not be imported: it could not be read (Cannot find package linkedom).' });
  });
});

describe('a worker started ahead (prepare)', () => {
  // Thread ids only grow: a worker started after the probe has a larger one than the probe.
  const probeThread = async () => {
    const probe = new Worker('', { eval: true });
    const id = probe.threadId;
    await probe.terminate();
    return id;
  };
  const readBy = (result: ImportResult) => (result.ok ? Number(result.document.title.replace('thread ', '')) : NaN);
  const limits = (spareIdleMs: number) => ({ ...IMPORT_THREAD_LIMITS, spareIdleMs });

  it('reads the next file, once: the file after it gets a worker of its own', async () => {
    const read = importOnThread(fixture('stamping-worker.mjs'));
    read.prepare();
    const probe = await probeThread();
    // A second prepare keeps the one spare (it starts no other, which would be left behind).
    read.prepare();
    const first = readBy(await read(input));
    expect(first).toBeLessThan(probe);
    const after = await probeThread();
    const second = readBy(await read(input));
    expect(second).toBeGreaterThan(after);
  });

  it('is ended when no file comes within its wait, and the file then gets a fresh worker', async () => {
    const read = importOnThread(fixture('stamping-worker.mjs'), limits(50));
    read.prepare();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const probe = await probeThread();
    expect(readBy(await read(input))).toBeGreaterThan(probe);
  });

  it('that failed to start gives the file the reason, whether it failed before the file came or after', async () => {
    const refusal = { ok: false, code: 'unreadable', message: '“marsh.txt” could not be imported: it could not be read (Cannot find package linkedom).' };
    const read = importOnThread(fixture('throwing-worker.mjs'));
    read.prepare();
    expect(await read(input)).toEqual(refusal);
    read.prepare();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await read(input)).toEqual(refusal);
  });
});
