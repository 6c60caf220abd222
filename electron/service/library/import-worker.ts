/**
 * The import worker's entry (dist/electron/import-worker.mjs): one file in, one result out, on a
 * thread of its own, so a file built to stall or exhaust a parser stalls or exhausts only this
 * thread, which `import-thread.ts` ends, and never the app. Messages are `ImportThreadMessage`s.
 */
import { parentPort } from 'node:worker_threads';
import { importFile } from '../../domain/import';
import type { ImportThreadMessage, ImportThreadRequest } from './import-thread';

const port = parentPort;
if (!port) throw new Error('import-worker runs as a worker thread, not on its own.');

port.once('message', async ({ bytes, fileName }: ImportThreadRequest) => {
  const send = (message: ImportThreadMessage) => port.postMessage(message);
  try {
    const result = await importFile({ bytes, fileName, onProgress: (fraction) => send({ kind: 'progress', fraction }) });
    send({ kind: 'result', result });
  } catch (error) {
    send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
