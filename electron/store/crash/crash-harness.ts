/**
 * Kill-and-restart harness: runs the real store in a child process (writer-main.ts, bundled with
 * esbuild as the app's own entries are), keeps saves flowing, SIGKILLs the child at a random moment,
 * restarts it on the same folder and checks what a user would lose: the file must parse and validate,
 * every acknowledged write must be in it, no temp file may be left, and start-up must succeed
 * without a recovery notice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Reply, StoreNotice } from '../../contract/contract';
import { BACKUPS_KEPT, backupsFolder } from '../backups';
import { LOCK_FILE_NAME } from '../data-dir-lock';
import { isTempOf } from '../durable-file';
import { DATA_FILE_NAME, parseDoc } from '../store';
import type { CrashScenario, SentWrite } from './scenarios';
import { mulberry32 } from '../../domain/seeded-random';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Bundles an entry (a path from the project root) as build/scripts/build-electron.mjs bundles the
 * web host, so tests can run it as a real process before `npm run build`; returns the bundle's path.
 */
export async function bundleEntry(entry: string, name: string, { selfContained = false } = {}): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const outfile = path.join(root, 'node_modules', '.cache', 'lectern-test-bundles', `${name}.mjs`);
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    // Self-contained (dependencies inlined) loads faster: the crash test starts it hundreds of times.
    external: selfContained ? [] : Object.keys(pkg.dependencies ?? {}),
  });
  return outfile;
}

/** The crash harness's child process, bundled. */
export const bundleWriter = (): Promise<string> => bundleEntry('electron/store/crash/writer-main.ts', 'crash-writer', { selfContained: true });

/** A small seeded generator (mulberry32), so a failing run can be replayed with its seed. */
export const seededRandom = mulberry32;

export interface CrashRunOptions {
  writer: string;
  dataDir: string;
  cycles: number;
  scenarios: CrashScenario[];
  random: () => number;
  /** Requests kept in flight at once, so kills also land between queued writes. */
  window?: number;
  /** Extra arguments for the writer (the harness's own self-test uses `--ack-early`). */
  writerArgs?: string[];
}

export interface CrashRunStats {
  cycles: number;
  /** Cycles killed while the child was still starting (opening, backing up, taking the lock). */
  killedDuringStartup: number;
  sent: number;
  acknowledged: number;
  /** Acknowledged writes checked in the file after the final restart. */
  verified: number;
  /** Checks of the whole file after a restart (one per cycle that reached ready, plus the last). */
  restartsVerified: number;
  /** Writes sent and acknowledged per contract method. */
  perMethod: Record<string, { sent: number; acknowledged: number }>;
  problems: string[];
}

type Line = { ready: true; notices: StoreNotice[] } | { id: number; reply: Reply<unknown> };

interface Tracked extends SentWrite {
  scenario: CrashScenario;
}

/** Checks the folder and the file once a restarted child says it is ready. */
async function verifyAfterRestart(options: CrashRunOptions, writes: Tracked[], childPid: number | undefined): Promise<string[]> {
  const problems: string[] = [];
  const names = await readdir(options.dataDir);
  const temps = names.filter((name) => isTempOf(DATA_FILE_NAME, name));
  if (temps.length > 0) problems.push(`temp files left after start-up: ${temps.join(', ')}`);
  const corrupt = names.filter((name) => name.includes('.corrupt-'));
  if (corrupt.length > 0) problems.push(`the file was found damaged: ${corrupt.join(', ')}`);
  const lock = await readFile(path.join(options.dataDir, LOCK_FILE_NAME), 'utf8').catch(() => '');
  if (Number.parseInt(lock, 10) !== childPid) problems.push(`the lock holds "${lock.trim()}", not the running child ${childPid}`);
  // The data file's rotating backups; the documents' copies sit in their own subfolder.
  const backups = (await readdir(backupsFolder(options.dataDir)).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));
  if (backups.length > BACKUPS_KEPT) problems.push(`${backups.length} backups kept, more than ${BACKUPS_KEPT}`);

  const parsed = parseDoc(await readFile(path.join(options.dataDir, DATA_FILE_NAME)));
  if (!parsed.ok) return [...problems, `the file does not validate: ${parsed.reason}`];
  for (const scenario of options.scenarios) {
    const problem = scenario.verify(parsed.doc, writes.filter((write) => write.scenario === scenario), options.dataDir);
    if (problem) problems.push(problem);
  }
  return problems;
}

type Life = 'write' | 'kill-during-startup' | 'verify-only';

/** Runs the child until it is killed; resolves once it has exited and its output is drained. */
function runOneLife(options: CrashRunOptions, writes: Tracked[], counter: { n: number }, life: Life): Promise<{ ready: boolean; problems: string[] }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [options.writer, '--data-dir', options.dataDir, ...(options.writerArgs ?? [])], { stdio: ['pipe', 'pipe', 'pipe'] });
    const pending = new Map<number, Tracked>();
    const problems: string[] = [];
    let ready = false;
    let stopping = false;
    let stderr = '';
    // In a writing life the kill comes after a random number of acknowledgements (0-8), then after
    // a random fraction of a write: the moment is random, yet a slow machine still makes progress.
    let acksBeforeKill = Math.floor(options.random() * 9);
    const armKill = () => setTimeout(kill, options.random() * 6);
    const kill = () => {
      stopping = true;
      child.kill('SIGKILL');
    };
    const sendNext = () => {
      if (stopping) return;
      const scenario = options.scenarios[Math.floor(options.random() * options.scenarios.length)]!;
      counter.n += 1;
      const tracked: Tracked = { scenario, input: scenario.input(counter.n), acked: false };
      writes.push(tracked);
      pending.set(counter.n, tracked);
      child.stdin!.write(`${JSON.stringify({ id: counter.n, method: scenario.method, input: tracked.input })}\n`);
    };

    child.stdin!.on('error', () => undefined); // writing to a killed child: expected
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    if (life === 'kill-during-startup') setTimeout(kill, options.random() * 80);
    // A child that hangs (never ready, or stuck on a write) is a failure, not a stuck test.
    const watchdog = setTimeout(() => {
      problems.push(`one life of the writer lasted over 30 s (ready: ${ready}, ${pending.size} calls unanswered)`);
      kill();
    }, 30_000);
    createInterface({ input: child.stdout! }).on('line', (text) => {
      const line = JSON.parse(text) as Line;
      if ('ready' in line) {
        ready = true;
        if (line.notices.length > 0) problems.push(`start-up reported: ${line.notices.map((notice) => notice.message).join(' / ')}`);
        void verifyAfterRestart(options, writes, child.pid).then((found) => {
          problems.push(...found);
          if (life === 'verify-only') kill();
          if (life !== 'write' || stopping) return;
          for (let i = 0; i < (options.window ?? 4); i += 1) sendNext();
          if (acksBeforeKill === 0) armKill();
        }, reject);
        return;
      }
      const tracked = pending.get(line.id);
      pending.delete(line.id);
      if (!tracked) return;
      if (!line.reply.ok) {
        problems.push(`${tracked.scenario.method} failed: ${line.reply.error.message}`);
        kill();
        return;
      }
      tracked.acked = true;
      acksBeforeKill -= 1;
      if (acksBeforeKill === 0 && life === 'write') armKill();
      sendNext();
    });
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      if (signal !== 'SIGKILL') problems.push(`the writer exited by itself (code ${code}): ${stderr.trim()}`);
      resolve({ ready, problems });
    });
  });
}

/** Runs `cycles` kill-and-restart cycles, then one last restart to check everything acknowledged. */
export async function runCrashCycles(options: CrashRunOptions): Promise<CrashRunStats> {
  const writes: Tracked[] = [];
  const counter = { n: 0 };
  const stats: CrashRunStats = { cycles: 0, killedDuringStartup: 0, sent: 0, acknowledged: 0, verified: 0, restartsVerified: 0, perMethod: {}, problems: [] };
  // The first life creates the file; about one kill in ten then lands during start-up.
  for (let cycle = 0; cycle <= options.cycles && stats.problems.length === 0; cycle += 1) {
    const last = cycle === options.cycles;
    const mode: Life = last ? 'verify-only' : cycle > 0 && options.random() < 0.1 ? 'kill-during-startup' : 'write';
    const life = await runOneLife(options, writes, counter, mode);
    if (life.ready) stats.restartsVerified += 1;
    else stats.killedDuringStartup += 1;
    if (!last) stats.cycles += 1;
    stats.problems.push(...life.problems.map((problem) => `cycle ${cycle}: ${problem}`));
  }
  stats.sent = writes.length;
  stats.acknowledged = writes.filter((write) => write.acked).length;
  stats.verified = stats.problems.length === 0 ? stats.acknowledged : 0;
  for (const write of writes) {
    const count = (stats.perMethod[write.scenario.method] ??= { sent: 0, acknowledged: 0 });
    count.sent += 1;
    if (write.acked) count.acknowledged += 1;
  }
  return stats;
}
