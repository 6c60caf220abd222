import { spawn, type ChildProcess } from 'node:child_process';

export type RunningHost = { url: string; launchUrl: string; token: string; process: ChildProcess };

/**
 * Starts `dist/electron/web-host.mjs` on a data dir (with any extra CLI arguments, such as
 * `--fault-file`) and resolves once it prints its URL.
 */
export function startHostProcess(dataDir: string, extraArgs: readonly string[] = []): Promise<RunningHost> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/electron/web-host.mjs', '--data-dir', dataDir, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${output}`)), 10_000);
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
