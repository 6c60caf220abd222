/**
 * One writer per data folder: `lectern.lock`, created exclusively. Its first line is the owner's pid
 * (older Lecterns wrote only that); the next lines say which boot it ran in and who the pid was
 * (process-identity.ts), because pids are reused. A second process on the same folder is refused
 * with a message that says how to go on; a lock left by a process that is gone (killed, crashed, the
 * machine shut down) is taken over. Electron also has its single-instance lock; this one covers the
 * web host and a web host running beside the desktop app.
 */
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { systemProbe, type ProcessProbe } from './process-identity';

export { isAlive } from './process-identity';

export const LOCK_FILE_NAME = 'lectern.lock';

/** Boot times closer than this are the same boot (uptime and the clock drift apart by seconds). */
const SAME_BOOT_MINUTES = 2;

/** Thrown when another live process holds the folder. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `Another Lectern (process ${ownerPid}) is already using the data folder ${dataDir}. ` +
        'Switch to that Lectern (its window may be minimised or on another desktop), or quit it and start this one again. ' +
        `If no Lectern is running (it crashed, or the computer was shut down while it ran), delete ${path.join(dataDir, LOCK_FILE_NAME)} and start again. ` +
        'To run a second Lectern beside the first, start it with another data folder (--data-dir).',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Removes the lock if it is still ours. Safe to call more than once. */
  release(): void;
}

type Owner = { pid: number; boot: number | null; id: string | null };

function parseOwner(text: string): Owner {
  const [first = '', ...rest] = text.split('\n');
  const pid = Number.parseInt(first, 10);
  const fields = new Map(rest.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const));
  const boot = Number.parseInt(fields.get('boot') ?? '', 10);
  return { pid: Number.isNaN(pid) ? 0 : pid, boot: Number.isNaN(boot) ? null : boot, id: fields.get('id') || null };
}

function ownerOf(file: string): Owner | null {
  try {
    return parseOwner(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** True when the lock's owner still runs: the pid is alive, in this boot, and is still the same process. */
function stillRunning(owner: Owner, probe: ProcessProbe): boolean {
  if (!probe.isAlive(owner.pid)) return false;
  if (owner.boot !== null && Math.abs(owner.boot - probe.bootMinute()) > SAME_BOOT_MINUTES) return false;
  if (owner.id === null) return true;
  const now = probe.identity(owner.pid);
  return now === null || now === owner.id;
}

function tryCreate(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

export interface LockOptions {
  pid?: number;
  probe?: ProcessProbe;
}

/**
 * Takes the data folder's lock or throws DataDirLockedError. The folder must exist. A stale lock is
 * moved aside under a name unique to this process before the retry, so two processes racing over
 * the same stale lock cannot both delete it; the loser sees the winner's fresh lock and is refused.
 */
export function acquireDataDirLock(dataDir: string, { pid = process.pid, probe = systemProbe }: LockOptions = {}): DataDirLock {
  const file = path.join(path.resolve(dataDir), LOCK_FILE_NAME);
  const id = probe.identity(pid);
  const content = `${pid}\nboot=${probe.bootMinute()}\n${id === null ? '' : `id=${id}\n`}`;
  const ours = (owner: Owner | null) => owner !== null && owner.pid === pid && owner.id === id;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (tryCreate(file, content)) {
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        if (ours(ownerOf(file))) unlinkSync(file);
      };
      return { file, release };
    }
    const owner = ownerOf(file);
    if (owner === null) continue; // released between our two calls: try again
    if (owner.pid !== pid && stillRunning(owner, probe)) throw new DataDirLockedError(path.dirname(file), owner.pid);
    // Stale (its owner is gone, or it is unreadable garbage): set it aside, then try again.
    const aside = `${file}.stale-${pid}`;
    try {
      renameSync(file, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      continue;
    }
    // If the file moved aside was a live owner's fresh lock (it replaced the stale one in between),
    // put it back and give way.
    const moved = ownerOf(aside);
    if (moved !== null && moved.pid !== owner.pid && stillRunning(moved, probe)) {
      renameSync(aside, file);
      throw new DataDirLockedError(path.dirname(file), moved.pid);
    }
    unlinkSync(aside);
  }
  throw new Error(`Could not take the lock ${file}: it keeps changing. Is another Lectern starting?`);
}
