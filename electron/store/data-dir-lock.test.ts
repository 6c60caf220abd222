import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, LOCK_FILE_NAME, acquireDataDirLock, isAlive } from './data-dir-lock';
import { systemProbe, type ProcessProbe } from './process-identity';

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
    expect((await readFile(lockFile, 'utf8')).split('\n')[0]).toBe(`${process.pid}`);
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
    expect((await readFile(lockFile, 'utf8')).split('\n')[0]).toBe(`${process.pid}`);
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

/** The machine as process-identity.ts sees it, with pids whose owners the test decides. */
function fakeProbe(processes: Record<number, string>, bootMinute = 29_000_000): ProcessProbe {
  return { isAlive: (pid) => pid in processes, identity: (pid) => processes[pid] ?? null, bootMinute: () => bootMinute };
}

describe('a lock left behind by a shutdown or a reused pid', () => {
  const me = 4242;
  const other = 700;

  it('is taken over when it was written in another boot, though its pid runs again', async () => {
    await writeFile(lockFile, `${other}\nboot=28990000\nid=lectern.exe\n`);
    const lock = acquireDataDirLock(dir, { pid: me, probe: fakeProbe({ [me]: 'lectern.exe', [other]: 'lectern.exe' }) });
    expect(await readFile(lockFile, 'utf8')).toBe(`${me}\nboot=29000000\nid=lectern.exe\n`);
    lock.release();
  });

  it('is taken over when its pid now belongs to another program', async () => {
    await writeFile(lockFile, `${other}\nboot=29000000\nid=lectern.exe\n`);
    acquireDataDirLock(dir, { pid: me, probe: fakeProbe({ [me]: 'lectern.exe', [other]: 'svchost.exe' }) }).release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('is taken over when it names this very pid from an earlier process', async () => {
    await writeFile(lockFile, `${me}\nboot=29000000\nid=1111\n`);
    acquireDataDirLock(dir, { pid: me, probe: fakeProbe({ [me]: '2222' }) }).release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('still refuses while the same process runs in the same boot, and says how to go on', async () => {
    await writeFile(lockFile, `${other}\nboot=29000001\nid=lectern.exe\n`);
    const take = () => acquireDataDirLock(dir, { pid: me, probe: fakeProbe({ [me]: 'lectern.exe', [other]: 'lectern.exe' }) });
    expect(take).toThrow(DataDirLockedError);
    expect(take).toThrow(/Switch to that Lectern.*or quit it.*If no Lectern is running.*delete .*lectern\.lock.*--data-dir/);
  });

  it('refuses for a lock written by an older Lectern (pid only) while that pid runs', async () => {
    await writeFile(lockFile, `${other}\n`);
    expect(() => acquireDataDirLock(dir, { pid: me, probe: fakeProbe({ [me]: 'x', [other]: 'y' }) })).toThrow(DataDirLockedError);
  });

  it('identifies a real process the same way twice', () => {
    expect(systemProbe.identity(process.pid)).toBe(systemProbe.identity(process.pid));
    expect(Math.abs(systemProbe.bootMinute() - systemProbe.bootMinute())).toBeLessThanOrEqual(1);
  });

  it.runIf(process.platform === 'linux')('tells this process from its parent by start time (Linux)', () => {
    expect(systemProbe.identity(process.pid)).toMatch(/^\d+$/);
    expect(systemProbe.identity(process.ppid)).not.toBe(systemProbe.identity(process.pid));
  });
});
