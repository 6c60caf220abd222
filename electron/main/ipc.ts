/** Registers one IPC handler per contract method; each checks its sender before dispatching. */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { METHODS_CHANNEL, ipcChannel } from '../contract/channels';
import { methods, MAX_REQUEST_BYTES, type Handlers, type Reply } from '../contract/contract';
import { dispatch } from '../contract/dispatch';
import { isAppUrl } from './window-options';

/** Size of the input as JSON, in bytes; null when it cannot be JSON at all (a BigInt, a cycle). */
function jsonBytes(input: unknown): number | null {
  try {
    return Buffer.byteLength(JSON.stringify(input ?? {}) ?? '');
  } catch {
    return null;
  }
}

/** `track` follows each call until it is answered, so quitting can wait for calls already under way. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'on'>, handlers: Handlers, track: <T>(call: Promise<T>) => Promise<T> = (call) => call): void {
  // The preload asks once, synchronously, for the method names it should expose.
  ipcMain.on(METHODS_CHANNEL, (event) => {
    event.returnValue = isAppUrl(event.senderFrame?.url ?? '') ? methods : [];
  });
  for (const method of methods) {
    ipcMain.handle(ipcChannel(method), async (event: IpcMainInvokeEvent, input: unknown): Promise<Reply<unknown>> => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(senderUrl)) return { ok: false, error: { code: 'internal', message: 'Refused: the call did not come from Lectern’s own window.' } };
      // Structured clone carries more than JSON can; such input is refused, never allowed to throw here.
      const size = jsonBytes(input);
      if (size === null) return { ok: false, error: { code: 'invalid-input', message: 'The request is not plain JSON data.' } };
      if (size > MAX_REQUEST_BYTES) {
        return { ok: false, error: { code: 'invalid-input', message: `The request is larger than ${MAX_REQUEST_BYTES} bytes.` } };
      }
      return track(dispatch(handlers, method, input));
    });
  }
}
