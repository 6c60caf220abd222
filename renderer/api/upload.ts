/**
 * The web version's file import: the file's bytes go to the web host's `POST /upload?name=` (its own
 * 50 MB cap, the tab's token), not through a method call and its 256 KB cap. XHR rather than fetch,
 * because only XHR reports upload progress (`upload.onprogress`).
 */
import type { ImportOutcome } from '../../electron/contract/library';
import { StudyCallError } from '../../electron/contract/call-error';
import { countedChange } from './change-count';
import { hostToken } from './client';

export type UploadProgress =
  /** Bytes on their way: `fraction` 0-1, or null when the browser cannot tell. */
  | { stage: 'sending'; fraction: number | null }
  /** Every byte arrived; the host is reading the file. */
  | { stage: 'reading' };

type Reply = { ok: true; value: ImportOutcome } | { ok: false; error: { code: string; message: string } };

export function uploadFile(file: File, onProgress: (progress: UploadProgress) => void, signal?: AbortSignal): Promise<ImportOutcome> {
  // An import changes the library, like any change call.
  return countedChange(() => send(file, onProgress, signal));
}

function send(file: File, onProgress: (progress: UploadProgress) => void, signal?: AbortSignal): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    // Stopped while its bytes were still on their way: the host never reads a file it did not get whole.
    let sent = false;
    xhr.onabort = () => resolve({ outcome: 'stopped', fileName: file.name });
    signal?.addEventListener('abort', () => !sent && xhr.abort(), { once: true });
    xhr.open('POST', `upload?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('x-lectern-token', hostToken());
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => onProgress({ stage: 'sending', fraction: event.lengthComputable && event.total > 0 ? event.loaded / event.total : null });
    xhr.upload.onload = () => {
      // Every byte is there: from now on the host's reading is stopped (library.stopImport), and its answer awaited.
      sent = true;
      onProgress({ stage: 'reading' });
    };
    xhr.onerror = () => reject(new StudyCallError('network', `“${file.name}” was not imported: Lectern’s local server did not answer. Is it still running?`));
    xhr.onload = () => {
      let reply: Reply;
      try {
        reply = JSON.parse(xhr.responseText) as Reply;
      } catch {
        reject(new StudyCallError('internal', `“${file.name}” was not imported: the local server sent an unreadable answer (HTTP ${xhr.status}).`));
        return;
      }
      if (reply.ok) resolve(reply.value);
      else reject(new StudyCallError(reply.error.code, reply.error.message));
    };
    xhr.send(file);
  });
}

/** The preload's file door (Electron): a dropped file's path, found from the File, read by the main side. */
type FileBridge = { importDropped(file: File): Promise<ImportOutcome> };

declare global {
  interface Window {
    lecternFiles?: FileBridge;
  }
}

/**
 * Imports a file the person dropped or chose in the page: uploaded to the web host, or in Electron
 * named to the main side by its path (which the page never sees), so the bytes never cross IPC.
 */
export function importFile(file: File, onProgress: (progress: UploadProgress) => void, signal?: AbortSignal): Promise<ImportOutcome> {
  const bridge = window.lecternFiles;
  if (!bridge) return uploadFile(file, onProgress, signal);
  onProgress({ stage: 'reading' });
  return bridge.importDropped(file);
}
