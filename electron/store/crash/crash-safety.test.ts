import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleWriter, runCrashCycles, seededRandom, type CrashRunStats } from './crash-harness';
import { crashScenarios } from './scenarios';

// 300 cycles in `npm test`; LECTERN_CRASH_CYCLES=1000 (or more) for a longer soak. Two data folders
// are driven side by side, each by its own writer, to use both cores.
const cycles = Number(process.env.LECTERN_CRASH_CYCLES ?? 300);
const seed = Number(process.env.LECTERN_CRASH_SEED ?? Date.now() % 1_000_000);
const LANES = 2;
const dirs: string[] = [];
let writer: string;

const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-crash-'));
  dirs.push(dir);
  return dir;
};

beforeAll(async () => {
  writer = await bundleWriter();
});
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

it(`loses no acknowledged write across ${cycles} SIGKILLs at random moments`, async () => {
  const started = performance.now();
  const lanes = await Promise.all(
    Array.from({ length: LANES }, async (_, lane) => {
      const share = Math.floor(cycles / LANES) + (lane < cycles % LANES ? 1 : 0);
      return runCrashCycles({ writer, dataDir: await tempDir(), cycles: share, scenarios: crashScenarios, random: seededRandom(seed + lane) });
    }),
  );
  const total = (key: keyof Omit<CrashRunStats, 'problems' | 'perMethod'>) => lanes.reduce((sum, lane) => sum + lane[key], 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `[crash] seed ${seed}: ${total('cycles')} kill cycles (${total('killedDuringStartup')} during start-up), ${total('sent')} writes sent, ` +
      `${total('acknowledged')} acknowledged, ${total('verified')} verified after the last restart, ${total('restartsVerified')} restarts checked, ${seconds} s`,
  );
  const perMethod = crashScenarios.map(({ method }) => {
    const sum = (key: 'sent' | 'acknowledged') => lanes.reduce((n, lane) => n + (lane.perMethod[method]?.[key] ?? 0), 0);
    return { method, sent: sum('sent'), acknowledged: sum('acknowledged') };
  });
  console.log(`[crash] per scenario (acknowledged/sent): ${perMethod.map((m) => `${m.method} ${m.acknowledged}/${m.sent}`).join(', ')}`);
  expect(lanes.flatMap((lane) => lane.problems)).toEqual([]);
  // Every scenario is exercised, with acknowledged writes to check.
  for (const m of perMethod) expect(m.acknowledged, m.method).toBeGreaterThan(0);
  expect(total('cycles')).toBe(cycles);
  expect(total('acknowledged')).toBeGreaterThan(cycles);
  expect(total('verified')).toBe(total('acknowledged'));
}, 600_000);

it('catches a store that acknowledges a write before it is durable', async () => {
  const stats = await runCrashCycles({ writer, dataDir: await tempDir(), cycles: 25, scenarios: crashScenarios, random: seededRandom(seed), writerArgs: ['--ack-early'] });
  // Whichever scenario the kills land in first reports it: a write, an import (its index entry), or the last value.
  expect(stats.problems.join('\n')).toMatch(/acknowledged (write|import)\(s\) missing|expected the last acknowledged/);
}, 120_000);
