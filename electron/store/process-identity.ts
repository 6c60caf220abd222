/**
 * Who a pid is, beyond the number: operating systems reuse pids (Windows especially, and soon after a
 * restart), so a lock names its owner by pid plus what the pid cannot fake: the boot it ran in and,
 * where the OS tells, the process's start time (Linux, macOS) or its program (Windows).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ProcessProbe {
  /** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
  isAlive(pid: number): boolean;
  /** Something that changes when the pid is reused: start time or program; null when unknown. */
  identity(pid: number): string | null;
  /** When this machine booted, in minutes since the epoch (to the minute: uptime and clock jitter). */
  bootMinute(): number;
}

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat: start time in clock ticks since boot (after the parenthesised name). */
function linuxStartTime(pid: number): string | null {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

function quietly(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', timeout: 3_000, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

function identityOf(pid: number): string | null {
  try {
    if (process.platform === 'linux') return linuxStartTime(pid);
    if (process.platform === 'darwin') return quietly('ps', ['-o', 'lstart=', '-p', String(pid)]) || null;
    if (process.platform === 'win32') {
      // Our own program is known without asking; another pid's comes from tasklist (CSV: "name","pid",...).
      if (pid === process.pid) return path.basename(process.execPath).toLowerCase();
      const row = quietly('tasklist', ['/FI', `PID eq ${pid}`, '/FO', 'CSV', '/NH']);
      const name = /^"([^"]+)","(\d+)"/.exec(row);
      return name && Number(name[2]) === pid ? (name[1] ?? '').toLowerCase() : null;
    }
  } catch {
    // Unknown is not different: the caller falls back to the pid alone.
  }
  return null;
}

export const systemProbe: ProcessProbe = {
  isAlive,
  identity: identityOf,
  bootMinute: () => Math.round((Date.now() / 1000 - os.uptime()) / 60),
};
