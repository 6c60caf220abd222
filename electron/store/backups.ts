/** Rotating backups of the data file, in `<dataDir>/backups/`, newest kept, oldest pruned. */
import path from 'node:path';
import type { FsPort } from './fs-port';

export const BACKUPS_KEPT = 5;

const stamp = (at: Date): string => at.toISOString().replace(/[:.]/g, '-');

export function backupsFolder(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** Backup file names for `fileName`, newest first (names sort by their timestamp). */
export async function listBackups(fs: FsPort, dataDir: string, fileName: string): Promise<string[]> {
  const stem = fileName.replace(/\.json$/, '');
  try {
    const names = await fs.readdir(backupsFolder(dataDir));
    return names
      .filter((name) => name.startsWith(`${stem}.backup-`) && name.endsWith('.json'))
      .sort()
      .reverse()
      .map((name) => path.join(backupsFolder(dataDir), name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Copies the current file into the backups folder and prunes all but the newest BACKUPS_KEPT. */
export async function rotateBackup(fs: FsPort, dataDir: string, fileName: string, at: Date, label = ''): Promise<string> {
  await fs.mkdir(backupsFolder(dataDir), { recursive: true });
  const stem = fileName.replace(/\.json$/, '');
  const target = path.join(backupsFolder(dataDir), `${stem}.backup-${stamp(at)}${label ? `-${label}` : ''}.json`);
  await fs.copyFile(path.join(dataDir, fileName), target);
  const all = await listBackups(fs, dataDir, fileName);
  await Promise.all(all.slice(BACKUPS_KEPT).map((old) => fs.unlink(old).catch(() => undefined)));
  return target;
}

/** Name a damaged file is moved to: `<name>.corrupt-<time>.json`, beside it. */
export function corruptNameFor(file: string, at: Date): string {
  return file.replace(/\.json$/, '') + `.corrupt-${stamp(at)}.json`;
}

/**
 * `corruptNameFor`, made unique (`-2`, `-3`, ...) when a damaged file was already kept under that
 * name at the same instant: the rename must never replace one unreadable file with another.
 */
export async function freeCorruptNameFor(fs: FsPort, file: string, at: Date): Promise<string> {
  const taken = new Set(await fs.readdir(path.dirname(file)));
  const first = corruptNameFor(file, at);
  let candidate = first;
  for (let n = 2; taken.has(path.basename(candidate)); n += 1) candidate = first.replace(/\.json$/, `-${n}.json`);
  return candidate;
}
