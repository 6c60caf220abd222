import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, LOCK_FILE_NAME, acquireDataDirLock, isAlive } from './data-dir-lock';

let dir: string;
let lockFile: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-lock-'));
  lockFile = path.join(dir, LOCK_FILE_NAME);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The pid of a process that has just exited, so is certainly not alive. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('the data folder lock', () => {
  it('is created holding this process id, and removed on release', async () => {
    const lock = acquireDataDirLock(dir);
    expect(await readFile(lockFile, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a second owner while the first is alive, naming it and the folder', async () => {
    await writeFile(lockFile, `${process.ppid}\n`);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrow(`Another Lectern (process ${process.ppid}) is already using the data folder ${dir}`);
    expect(await readFile(lockFile, 'utf8')).toBe(`${process.ppid}\n`);
  });

  it('takes over a lock whose process is gone', async () => {
    const pid = await deadPid();
    expect(isAlive(pid)).toBe(false);
    await writeFile(lockFile, `${pid}\n`);
    const lock = acquireDataDirLock(dir);
    expect(await readFile(lockFile, 'utf8')).toBe(`${process.pid}\n`);
    expect(await readdir(dir)).toEqual([LOCK_FILE_NAME]);
    lock.release();
  });

  it.each([['empty', ''], ['garbage', 'not a pid'], ['a negative pid', '-5']])('takes over a lock file that is %s', async (_name, content) => {
    await writeFile(lockFile, content);
    acquireDataDirLock(dir).release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not remove a lock that another process took after ours was released', async () => {
    const lock = acquireDataDirLock(dir);
    await writeFile(lockFile, `${process.ppid}\n`);
    lock.release();
    expect(await readFile(lockFile, 'utf8')).toBe(`${process.ppid}\n`);
  });
});
