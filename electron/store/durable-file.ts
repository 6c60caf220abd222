/**
 * A lowdb adapter whose write resolves only once the data is durable: a uniquely named temp file in
 * the same folder is written and fsynced, renamed over the old file, and the folder is fsynced so the
 * rename itself survives a power cut. lowdb's own adapter (steno) renames without any fsync.
 * A failed write removes its temp file and leaves the previous file untouched. If only the folder's
 * fsync fails, the rename has happened but may not survive a power cut: the write still rejects, and
 * the next successful write supersedes it.
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Adapter } from 'lowdb';
import { nodeFsPort, type FileHandlePort, type FsPort } from './fs-port';

let tempCounter = 0;

/** Name of a fresh temp file beside `file`; unique per process and call so writers never collide. */
export function tempNameFor(file: string): string {
  tempCounter += 1;
  const base = path.basename(file);
  return path.join(path.dirname(file), `.${base}.${process.pid}.${tempCounter}.${randomBytes(4).toString('hex')}.tmp`);
}

/** True for temp files left behind by an interrupted write of `fileName`. */
export function isTempOf(fileName: string, candidate: string): boolean {
  return candidate.startsWith(`.${fileName}.`) && candidate.endsWith('.tmp');
}

/** Writes `data` to `file` durably (temp, fsync, rename, fsync folder). */
/** Writes `data` (text, bytes, or chunks written in order) durably. */
export async function writeDurably(fs: FsPort, file: string, data: string | Uint8Array | readonly Uint8Array[]): Promise<void> {
  const temp = tempNameFor(file);
  let created = false;
  try {
    // 'wx': the temp name is unique, so finding a file there means something is wrong; never reuse it.
    const handle = await fs.open(temp, 'wx');
    created = true;
    let writeError: unknown = null;
    try {
      await writeAll(handle, data);
      await handle.sync();
    } catch (error) {
      writeError = error;
    }
    // Close even after a failed write, but report the write's error rather than the close's.
    await handle.close().catch((closeError: unknown) => {
      writeError ??= closeError;
    });
    if (writeError !== null) throw writeError;
    await fs.rename(temp, file);
  } catch (error) {
    // Remove only a temp file this write made, never one it failed to create.
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, path.dirname(file));
}

async function writeAll(handle: FileHandlePort, data: string | Uint8Array | readonly Uint8Array[]): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) return handle.writeFile(data);
  // A vectored write may write less than asked (a signal, a full disk); write the rest until done.
  if (!handle.writev) return handle.writeFile(Buffer.concat(data));
  const total = data.reduce((n, chunk) => n + chunk.byteLength, 0);
  const written = await handle.writev(data);
  const count = typeof written === 'object' && written !== null && 'bytesWritten' in written ? Number(written.bytesWritten) : total;
  if (count < total) await handle.writeFile(Buffer.concat(data).subarray(count));
}

/** Errors meaning "this file system cannot fsync a folder", not "the fsync failed". */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP']);

async function syncFolder(fs: FsPort, folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; there the rename is already as durable as it gets.
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // Some network and FUSE file systems refuse a folder fsync outright; failing every save there
    // would make the app unusable, and the rename is as durable as those systems allow.
    if (FOLDER_SYNC_UNSUPPORTED.has(String((error as NodeJS.ErrnoException).code))) return;
    throw error;
  }
}

/** lowdb adapter over compact JSON with durable, serialized writes. */
export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly fs: FsPort = nodeFsPort,
  ) {}

  async read(): Promise<T | null> {
    try {
      return JSON.parse((await this.fs.readFile(this.file)).toString('utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Queues the write behind any in flight, so writes land in call order and never interleave. */
  write(data: T): Promise<void> {
    return this.writeJson(JSON.stringify(data));
  }

  /** Like `write`, for a caller that already holds the document as JSON text, UTF-8 bytes or chunks of them. */
  writeJson(json: string | Uint8Array | readonly Uint8Array[]): Promise<void> {
    const run = this.queue.then(() => writeDurably(this.fs, this.file, json));
    this.queue = run.catch(() => undefined);
    return run;
  }
}
