import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDurably } from '../store/durable-file';
import { nodeFsPort } from '../store/fs-port';
import { faultFileFs, readFaults } from './fault-file-fs';

let dir: string;
let dataDir: string;
let faultFile: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-fault-file-'));
  dataDir = path.join(dir, 'data');
  faultFile = path.join(dir, 'faults');
  await nodeFsPort.mkdir(dataDir, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the web host’s fault file', () => {
  it('reads "<step> <CODE>" lines and ignores anything else', async () => {
    await writeFile(faultFile, 'rename EPERM\n  writeFile ENOSPC  \nunlink EACCES\nopen lowercase\nnonsense\n');
    expect(readFaults(faultFile)).toEqual(new Map([['rename', 'EPERM'], ['writeFile', 'ENOSPC']]));
    expect(readFaults(path.join(dir, 'missing'))).toEqual(new Map());
  });

  it('fails the named step of a durable write, leaves the old file, and lets the write through once emptied', async () => {
    const fs = faultFileFs(nodeFsPort, dataDir, faultFile);
    const file = path.join(dataDir, 'lectern.json');
    await writeDurably(fs, file, 'old');
    for (const fault of ['open EACCES', 'writeFile ENOSPC', 'sync EIO', 'rename EBUSY']) {
      await writeFile(faultFile, fault);
      await expect(writeDurably(fs, file, 'new')).rejects.toMatchObject({ code: fault.split(' ')[1] });
      expect(await readFile(file, 'utf8')).toBe('old');
    }
    await writeFile(faultFile, '');
    await writeDurably(fs, file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
  });

  it('never touches reads, nor writes outside the data folder', async () => {
    await writeFile(faultFile, 'open EACCES\nwriteFile ENOSPC\nrename EPERM');
    const fs = faultFileFs(nodeFsPort, dataDir, faultFile);
    const outside = path.join(dir, 'elsewhere.json');
    await writeDurably(fs, outside, 'fine');
    expect((await fs.readFile(outside)).toString()).toBe('fine');
  });
});
