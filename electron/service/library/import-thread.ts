import { Worker } from 'node:worker_threads';
import { importError } from '../../domain/import/import-error';
import type { ImportInput, ImportResult } from '../../domain/import/importer';

/** What the import worker is sent: the file, copied. */
export type ImportThreadRequest = { bytes: Uint8Array; fileName: string };
/** What it answers: progress while it reads, then the result (or why it could not produce one). */
export type ImportThreadMessage = { kind: 'progress'; fraction: number } | { kind: 'result'; result: ImportResult } | { kind: 'failed'; message: string };

/**
 * How long and how much memory one import may take. The largest documents the limits allow (20
 * million characters, as a web page or an EPUB) read in seconds within 1 GB; a file built to stall
 * or swell a parser is stopped here instead of freezing or crashing the app. The heap cap stays
 * well under 4 GB: Electron 41 runs V8 with its memory cage, and a worker's heap is in the same
 * process as the main one (docs/decisions.md). A `--max-old-space-size` given to the process (in
 * Electron, `js-flags`) would override this cap (nodejs/node#43991): the app sets none.
 */
export const IMPORT_THREAD_LIMITS = { timeMs: 120_000, memoryMb: 1024 };

/**
 * How long a worker started ahead (`prepare`) waits for its file before it is ended: long enough for
 * a person choosing a file in the open dialog, short enough that an idle one does not hold its memory.
 */
export const SPARE_IDLE_MS = 120_000;

type Limits = { timeMs: number; memoryMb: number; spareIdleMs?: number };

/** Imports a file on its own thread; `prepare` starts that thread ahead, when a file is known to be coming. */
export type ThreadImport = ((input: ImportInput) => Promise<ImportResult>) & { prepare(): void };

/**
 * Imports a file on a worker thread running `workerUrl` (the built import-worker.mjs): progress is
 * relayed, and a worker that runs past the time limit is ended, one that runs out of memory dies
 * alone; either way the user gets a refusal naming the file and the reason.
 *
 * Each file gets a fresh worker, and starting one (a new isolate loading the parsers) takes about
 * half a second. `prepare()` starts the next file's worker ahead, while the person picks the file in
 * the dialog or its upload arrives; the import then takes it. A spare is one file's worker all the
 * same (never used twice), and is ended when no file comes within `spareIdleMs`.
 */
export function importOnThread(workerUrl: URL, limits: Limits = IMPORT_THREAD_LIMITS): ThreadImport {
  const start = () => {
    const worker = new Worker(workerUrl, { resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb } });
    // An import in progress, or a spare waiting for one, does not keep a quitting process alive.
    worker.unref();
    return worker;
  };
  let spare: { worker: Worker; idle: NodeJS.Timeout; release: () => void } | null = null;
  const prepare = () => {
    // One spare at a time; asked again (the dialog opened anew), it waits its full time again.
    if (spare) return void spare.idle.refresh();
    const worker = start();
    // A spare that dies (its modules failed to load) or waits too long is dropped; the import starts its own.
    const drop = () => {
      if (spare?.worker !== worker) return;
      takeSpare();
      // An error already on its way from the thread may still arrive after terminate(); with no
      // listener, Node would throw it in the main process.
      worker.on('error', () => undefined);
      void worker.terminate();
    };
    const idle = setTimeout(drop, limits.spareIdleMs ?? SPARE_IDLE_MS);
    idle.unref();
    worker.on('error', drop);
    worker.on('exit', drop);
    spare = {
      worker,
      idle,
      release: () => {
        clearTimeout(idle);
        worker.off('error', drop);
        worker.off('exit', drop);
      },
    };
  };
  /** The spare, no longer watched or timed: the import's own listeners take over. */
  const takeSpare = (): Worker | null => {
    if (!spare) return null;
    const { worker, release } = spare;
    release();
    spare = null;
    return worker;
  };

  const importFile = (input: ImportInput): Promise<ImportResult> =>
    new Promise((resolve) => {
      const { fileName } = input;
      const worker = takeSpare() ?? start();
      let settled = false;
      const finish = (result: ImportResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
        void worker.terminate();
      };
      const timer = setTimeout(() => {
        finish(importError('too-large', fileName, `reading it took longer than ${duration(limits.timeMs)}, far longer than any text needs; it may be built to stall the reader.`));
      }, limits.timeMs);
      worker.on('message', (message: ImportThreadMessage) => {
        if (message.kind === 'progress') input.onProgress?.(message.fraction);
        else if (message.kind === 'result') finish(message.result);
        else finish(importError('unreadable', fileName, `it is damaged or not a file Lectern can read (${message.message}).`));
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          finish(importError('too-large', fileName, `reading it needed more than ${memory(limits.memoryMb)} of memory, far more than any text needs; it may be built to exhaust memory.`));
        } else {
          finish(importError('unreadable', fileName, `it could not be read (${error.message}).`));
        }
      });
      worker.on('exit', (code) => finish(importError('unreadable', fileName, `the reader stopped before it finished (exit code ${code}).`)));
      // Stopped by the person: the worker is ended at once (the library saves nothing of a stopped import).
      if (input.signal?.aborted) finish(stoppedError(fileName));
      input.signal?.addEventListener('abort', () => finish(stoppedError(fileName)), { once: true });
      const request: ImportThreadRequest = { bytes: input.bytes, fileName };
      worker.postMessage(request);
    });
  return Object.assign(importFile, { prepare });
}

function stoppedError(fileName: string): ImportResult {
  return importError('unreadable', fileName, 'its import was stopped before it was read.');
}

function duration(ms: number): string {
  return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} minute${ms === 60_000 ? '' : 's'}` : `${(ms / 1000).toLocaleString('en-US')} s`;
}

function memory(mb: number): string {
  return mb >= 1024 && mb % 1024 === 0 ? `${mb / 1024} GB` : `${mb.toLocaleString('en-US')} MB`;
}
