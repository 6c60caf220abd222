/**
 * Test-only fault injection for the web host, off unless `--fault-file <path>` is given: before each
 * step of a data-file write, the file at that path is read, and if it names the step, that step fails
 * as the disk would. Lets end-to-end tests make saves fail on a machine whose user (root, in CI)
 * ignores file permissions. The file holds lines `<step> <CODE>`, e.g. `open EACCES`, `writeFile
 * ENOSPC`, `rename EPERM`, `rename EBUSY`, `sync EIO`; empty or missing means no fault.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { errnoError, type FsStep } from '../store/faulty-fs';
import type { FileHandlePort, FsPort } from '../store/fs-port';

const WRITE_STEPS = new Set<FsStep>(['open', 'writeFile', 'sync', 'rename']);

/** The faults the file names now: step -> error code. Unknown steps are ignored. */
export function readFaults(faultFile: string): Map<FsStep, string> {
  let text = '';
  try {
    text = readFileSync(faultFile, 'utf8');
  } catch {
    return new Map();
  }
  const faults = new Map<FsStep, string>();
  for (const line of text.split('\n')) {
    const [step, code] = line.trim().split(/\s+/);
    if (step && code && WRITE_STEPS.has(step as FsStep) && /^E[A-Z]+$/.test(code)) faults.set(step as FsStep, code);
  }
  return faults;
}

/** Wraps `real` so writes under `dataDir` fail as `faultFile` says; reads are never touched. */
export function faultFileFs(real: FsPort, dataDir: string, faultFile: string): FsPort {
  const root = path.resolve(dataDir);
  const inData = (target: string) => {
    const resolved = path.resolve(target);
    return resolved === root || resolved.startsWith(root + path.sep);
  };
  const check = (step: FsStep, target: string) => {
    const code = inData(target) ? readFaults(faultFile).get(step) : undefined;
    if (code) throw errnoError(code, step, target);
  };
  return {
    ...real,
    open: async (target, flags) => {
      // Only the temp file of a write ('wx') and the folder's fsync ('r' on a folder) are opened.
      check('open', target);
      const handle = await real.open(target, flags);
      const wrapped: FileHandlePort = {
        writeFile: async (data) => {
          check('writeFile', target);
          await handle.writeFile(data);
        },
        sync: async () => {
          check('sync', target);
          await handle.sync();
        },
        close: () => handle.close(),
      };
      return wrapped;
    },
    rename: async (from, to) => {
      check('rename', to);
      await real.rename(from, to);
    },
  };
}
