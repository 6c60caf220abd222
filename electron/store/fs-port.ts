/**
 * The slice of node:fs/promises the store uses, injectable so tests can make writes, renames or
 * fsyncs fail (EACCES, ENOSPC, EPERM) without touching the real disk's permissions.
 */
import * as nodeFs from 'node:fs/promises';

export interface FileHandlePort {
  writeFile(data: string | Uint8Array): Promise<void>;
  /** Writes the buffers in order with vectored writes; optional, `writeFile` of their join is the fallback. */
  writev?(buffers: readonly Uint8Array[]): Promise<unknown>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FsPort {
  open(path: string, flags: string): Promise<FileHandlePort>;
  readFile(path: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  copyFile(from: string, to: string): Promise<void>;
}

export const nodeFsPort: FsPort = {
  open: async (path, flags) => {
    const handle = await nodeFs.open(path, flags);
    return {
      writeFile: (data) => handle.writeFile(data),
      writev: (buffers) => handle.writev(buffers as Uint8Array[]),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  readFile: (path) => nodeFs.readFile(path),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
  mkdir: (path, options) => nodeFs.mkdir(path, options),
  readdir: (path) => nodeFs.readdir(path),
  copyFile: (from, to) => nodeFs.copyFile(from, to),
};
