import { spawn, type ChildProcess } from 'node:child_process';

export type RunningHost = { url: string; launchUrl: string; token: string; process: ChildProcess };

/**
 * How long a host may take to print its URL. It starts in well under a second on a quiet machine;
 * on two cores shared with a full e2e run and other builds it was seen to take up to 17 s.
 */
const START_TIMEOUT_MS = 30_000;

/**
 * Starts `dist/electron/web-host.mjs` on a data dir (with any extra CLI arguments, such as
 * `--fault-file`) and resolves once it prints its URL. A host that does not start in time is killed,
 * so a failed test leaves no process behind.
 */
export function startHostProcess(dataDir: string, extraArgs: readonly string[] = []): Promise<RunningHost> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/electron/web-host.mjs', '--data-dir', dataDir, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`web host did not start in ${START_TIMEOUT_MS / 1000} s: ${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)\?token=([\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, token: match[2]!, launchUrl: `${match[1]}?token=${match[2]}`, process: child });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}: ${output}`));
    });
  });
}

/** Stops a host and waits for the process to be gone. */
export function stopHostProcess(host: RunningHost): Promise<void> {
  return new Promise((resolve) => {
    if (host.process.exitCode !== null) return resolve();
    host.process.once('exit', () => resolve());
    host.process.kill('SIGTERM');
  });
}
