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
 * process as the main one (docs/decisions.md).
 */
export const IMPORT_THREAD_LIMITS = { timeMs: 120_000, memoryMb: 1024 };

/**
 * Imports a file on a worker thread running `workerUrl` (the built import-worker.mjs): progress is
 * relayed, and a worker that runs past the time limit is ended, one that runs out of memory dies
 * alone; either way the user gets a refusal naming the file and the reason.
 */
export function importOnThread(workerUrl: URL, limits: { timeMs: number; memoryMb: number } = IMPORT_THREAD_LIMITS) {
  return (input: ImportInput): Promise<ImportResult> =>
    new Promise((resolve) => {
      const { fileName } = input;
      const worker = new Worker(workerUrl, { resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb } });
      // An import in progress does not keep a quitting process alive.
      worker.unref();
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
