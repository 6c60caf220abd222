import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleEntry } from '../store/crash/crash-harness';
import { LOCK_FILE_NAME } from '../store/data-dir-lock';

// Real processes: the web host's CLI, bundled as the build bundles it, started twice on one folder.
let cli: string;
let dataDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  cli = await bundleEntry('electron/web-host/cli.ts', 'web-host');
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-second-host-'));
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

type Outcome = { kind: 'running'; child: ChildProcess } | { kind: 'exited'; code: number | null; output: string };

/** Starts the CLI and resolves once it is serving, or once it has exited. */
function startHost(): Promise<Outcome> {
  const child = spawn(process.execPath, [cli, '--data-dir', dataDir, '--static-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  return new Promise((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Lectern is running at')) resolve({ kind: 'running', child });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ kind: 'exited', code, output }));
  });
}

const exited = (child: ChildProcess) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));

const snapshot = async () => ({
  names: (await readdir(dataDir)).sort(),
  backups: (await readdir(path.join(dataDir, 'backups')).catch(() => [])).sort(),
  data: await readFile(path.join(dataDir, 'lectern.json')),
});

it('refuses a second web host on the same data folder, which writes nothing, then takes over once the first is killed', async () => {
  const first = await startHost();
  expect(first.kind).toBe('running');
  if (first.kind !== 'running') return;
  const before = await snapshot();

  const second = await startHost();
  expect(second).toMatchObject({ kind: 'exited', code: 1 });
  expect(second.kind === 'exited' && second.output).toContain(
    `Lectern could not start: Another Lectern (process ${first.child.pid}) is already using the data folder ${dataDir}`,
  );
  expect(await snapshot()).toEqual(before);

  first.child.kill('SIGKILL');
  await exited(first.child);
  const third = await startHost();
  expect(third.kind).toBe('running');
  if (third.kind !== 'running') return;
  expect((await readFile(path.join(dataDir, LOCK_FILE_NAME), 'utf8')).split('\n')[0]).toBe(`${third.child.pid}`);

  // A clean stop releases the folder.
  third.child.kill('SIGTERM');
  await exited(third.child);
  expect(await readdir(dataDir)).not.toContain(LOCK_FILE_NAME);
}, 60_000);
