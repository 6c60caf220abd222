/**
 * A test double for FsPort: the real node:fs underneath, a log of every call in order, and faults
 * (EACCES, ENOSPC, EPERM, EIO, ...) that make chosen calls fail as the disk would.
 */
import { nodeFsPort, type FileHandlePort, type FsPort } from './fs-port';

export type FsStep = 'open' | 'writeFile' | 'sync' | 'close' | 'readFile' | 'rename' | 'unlink' | 'mkdir' | 'readdir' | 'copyFile';

/** One call as it happened: the step and the path it touched (a handle's calls carry its path). */
export interface FsCall {
  step: FsStep;
  path: string;
}

interface Fault {
  step: FsStep;
  code: string;
  matches: (path: string) => boolean;
}

/** An error shaped like the one node:fs rejects with. */
export function errnoError(code: string, step: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected failure, ${step} '${path}'`);
  error.code = code;
  return error;
}

export class FaultyFs implements FsPort {
  readonly calls: FsCall[] = [];
  private faults: Fault[] = [];

  constructor(private readonly real: FsPort = nodeFsPort) {}

  /** Makes every `step` on a matching path fail with `code` until `heal()`. */
  fail(step: FsStep, code: string, matches: (path: string) => boolean = () => true): this {
    this.faults.push({ step, code, matches });
    return this;
  }

  heal(): void {
    this.faults = [];
  }

  /** The log as `step path` lines, for asserting a write's sequence. */
  steps(): string[] {
    return this.calls.map((call) => `${call.step} ${call.path}`);
  }

  private enter(step: FsStep, path: string): void {
    this.calls.push({ step, path });
    const fault = this.faults.find((candidate) => candidate.step === step && candidate.matches(path));
    if (fault) throw errnoError(fault.code, step, path);
  }

  async open(path: string, flags: string): Promise<FileHandlePort> {
    this.enter('open', path);
    const handle = await this.real.open(path, flags);
    return {
      writeFile: async (data) => {
        this.enter('writeFile', path);
        await handle.writeFile(data);
      },
      // A vectored write is a write: it fails where writeFile is made to.
      writev: async (buffers) => {
        this.enter('writeFile', path);
        await (handle.writev ? handle.writev(buffers) : handle.writeFile(Buffer.concat(buffers)));
      },
      sync: async () => {
        this.enter('sync', path);
        await handle.sync();
      },
      close: async () => {
        // Always release the real descriptor, even when the close is made to fail.
        await handle.close();
        this.enter('close', path);
      },
    };
  }

  async readFile(path: string): Promise<Buffer> {
    this.enter('readFile', path);
    return this.real.readFile(path);
  }

  async rename(from: string, to: string): Promise<void> {
    this.enter('rename', from);
    return this.real.rename(from, to);
  }

  async unlink(path: string): Promise<void> {
    this.enter('unlink', path);
    return this.real.unlink(path);
  }

  async mkdir(path: string, options: { recursive: true }): Promise<unknown> {
    this.enter('mkdir', path);
    return this.real.mkdir(path, options);
  }

  async readdir(path: string): Promise<string[]> {
    this.enter('readdir', path);
    return this.real.readdir(path);
  }

  async copyFile(from: string, to: string): Promise<void> {
    this.enter('copyFile', from);
    return this.real.copyFile(from, to);
  }
}
