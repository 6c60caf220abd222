// Small process helpers shared by start.mjs and serve.mjs: run the build, run a long-lived child with
// inherited stdio while forwarding signals and its exit status.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** How to invoke npm: the npm that launched us (npm_execpath) when there is one, else `npm` on PATH. */
function npmCommand(args) {
  const execPath = process.env.npm_execpath;
  if (execPath && /\.[cm]?js$/.test(execPath)) return { command: process.execPath, args: [execPath, ...args], shell: false };
  if (execPath) return { command: execPath, args, shell: false };
  // Windows needs a shell to run npm.cmd (Node refuses to spawn .cmd files directly).
  return { command: 'npm', args, shell: process.platform === 'win32' };
}

/**
 * Runs `npm run build`. With quiet, its output is kept and shown only if the build fails.
 * Resolves to the exit code.
 */
export function runBuild({ quiet = false } = {}) {
  const { command, args, shell } = npmCommand(['run', 'build']);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, shell, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => {
      console.error(`Lectern: could not run the build: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      if (status !== 0 && quiet) process.stderr.write(Buffer.concat(output));
      resolve(status);
    });
  });
}

/**
 * Runs command with inherited stdio until it ends, forwarding SIGTERM/SIGHUP at once and SIGINT
 * only if the child has not already reacted to the terminal's own Ctrl+C (it shares our process
 * group, so it usually gets it directly). Exits this process with the child's code, or re-raises its
 * signal.
 */
export function runForeground(command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', windowsHide: false, ...options });
  const alive = () => child.exitCode === null && child.signalCode === null;
  const handlers = {
    SIGTERM: () => alive() && child.kill('SIGTERM'),
    SIGHUP: () => alive() && child.kill('SIGHUP'),
    SIGINT: () => setTimeout(() => alive() && child.kill('SIGINT'), 500),
  };
  for (const [signal, handler] of Object.entries(handlers)) process.on(signal, handler);
  child.on('error', (error) => {
    console.error(`Lectern: could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const [name, handler] of Object.entries(handlers)) process.off(name, handler);
    if (signal) {
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 0);
  });
  return child;
}

/** Splits off our own `--no-build` flag; everything else is forwarded. */
export function takeNoBuild(argv) {
  const rest = argv.filter((arg) => arg !== '--no-build');
  return { noBuild: rest.length !== argv.length, rest };
}
