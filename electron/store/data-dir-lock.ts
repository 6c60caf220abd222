/**
 * One writer per data folder: `lectern.lock`, created exclusively, holds the owner's pid. A second
 * process on the same folder is refused with a message naming the owner; a lock left by a process
 * that is gone (killed, crashed) is taken over. Electron also has its single-instance lock; this one
 * covers the web host and a web host running beside the desktop app.
 */
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export const LOCK_FILE_NAME = 'lectern.lock';

/** Thrown when another live process holds the folder. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `Another Lectern (process ${ownerPid}) is already using the data folder ${dataDir}. ` +
        'Close it first, or start this one with another folder (--data-dir).',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Removes the lock if it is still ours. Safe to call more than once. */
  release(): void;
}

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isNaN(pid) ? 0 : pid;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function tryCreate(file: string, pid: number): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the data folder's lock or throws DataDirLockedError. The folder must exist. A stale lock is
 * moved aside under a name unique to this process before the retry, so two processes racing over
 * the same stale lock cannot both delete it; the loser sees the winner's fresh lock and is refused.
 */
export function acquireDataDirLock(dataDir: string, pid: number = process.pid): DataDirLock {
  const file = path.join(path.resolve(dataDir), LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (tryCreate(file, pid)) {
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        if (ownerOf(file) === pid) unlinkSync(file);
      };
      return { file, release };
    }
    const owner = ownerOf(file);
    if (owner === null) continue; // released between our two calls: try again
    if (owner !== pid && isAlive(owner)) throw new DataDirLockedError(path.dirname(file), owner);
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
    if (moved !== null && moved !== owner && isAlive(moved)) {
      renameSync(aside, file);
      throw new DataDirLockedError(path.dirname(file), moved);
    }
    unlinkSync(aside);
  }
  throw new Error(`Could not take the lock ${file}: it keeps changing. Is another Lectern starting?`);
}
