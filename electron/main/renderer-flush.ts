/**
 * Asks the page to save what waits in its debounces (a reading place, an answer being typed) and
 * resolves once the page says every such save has been sent. The saves themselves are IPC calls;
 * they reach main before the answer (one frame's messages arrive in order), so PendingWork sees them.
 */
import type { IpcMainEvent } from 'electron';
import { FLUSH_SAVES_CHANNEL, FLUSH_SAVES_DONE_CHANNEL } from '../contract/shell-events';

/** The slice of webContents used: `send` to the page, `id` to know its answer, `isDestroyed`. */
export interface FlushableContents {
  readonly id: number;
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

export interface FlushIpc {
  on(channel: string, listener: (event: IpcMainEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: IpcMainEvent, ...args: unknown[]) => void): unknown;
}

let nextRequest = 0;

/** Never rejects: a page that is gone, hung or does not answer within `timeoutMs` is not waited for. */
export function flushRenderer(contents: FlushableContents, ipc: FlushIpc, timeoutMs = 2_000): Promise<void> {
  if (contents.isDestroyed()) return Promise.resolve();
  nextRequest += 1;
  const request = nextRequest;
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      ipc.removeListener(FLUSH_SAVES_DONE_CHANNEL, onDone);
      resolve();
    };
    const onDone = (event: IpcMainEvent, answered: unknown) => {
      if (event.sender?.id === contents.id && answered === request) done();
    };
    const timer = setTimeout(done, timeoutMs);
    ipc.on(FLUSH_SAVES_DONE_CHANNEL, onDone);
    try {
      contents.send(FLUSH_SAVES_CHANNEL, request);
    } catch {
      done(); // destroyed between the check and the send
    }
  });
}
