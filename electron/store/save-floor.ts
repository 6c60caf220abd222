/**
 * What the store's benchmarks share (store.bench.ts, library-scale.bench.ts): the bare floor a
 * durable save is measured against, the medians, and one way to print a save's ratio to its target,
 * so every bench line reads alike and carries the machine's load at the time.
 */
import { open, rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** DESIGN.md's budget: a durable save costs at most this many times the floor. */
export const SAVE_TARGET = 1.5;

/**
 * The bare floor: the same bytes, already encoded, made durable with nothing else around it (write,
 * fsync, rename, fsync of the folder), as `writeDurably` does for a save.
 */
export async function floorWrite(file: string, bytes: Buffer): Promise<void> {
  const temp = `${file}.floor.tmp`;
  const handle = await open(temp, 'w');
  await handle.writeFile(bytes);
  await handle.sync();
  await handle.close();
  await rename(temp, file);
  const folder = await open(path.dirname(file), 'r');
  await folder.sync();
  await folder.close();
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Runs `run` once and adds its wall time, in milliseconds, to `samples`. */
export async function timed(samples: number[], run: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await run();
  samples.push(performance.now() - start);
}

/** `note 15.57 ms 1.08x OK`: a save's median, its ratio to the floor's median, and the verdict. */
export function ratioCell(label: string, samples: readonly number[], floorMs: number): string {
  const ms = median(samples);
  const ratio = ms / floorMs;
  return `${label} ${ms.toFixed(2)} ms ${ratio.toFixed(2)}x ${ratio <= SAVE_TARGET ? 'OK' : 'OVER'}`;
}

/** The load average when the figures were taken: the machine is shared, so they travel together. */
export function loadNote(): string {
  const [one, five, fifteen] = os.loadavg().map((value) => value.toFixed(2));
  return `load average ${one}, ${five}, ${fifteen} on ${os.cpus().length} cores`;
}
