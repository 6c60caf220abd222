/**
 * The user's data: one lowdb JSON document, opened with recovery and written durably.
 *
 * Opening never destroys what it cannot read: a file that fails to parse or validate is moved aside
 * as `<name>.corrupt-<time>.json` and the newest valid backup is restored (or, with none, a clean
 * document is started); a file from a newer app version is left untouched and the store goes
 * read-only. Each `update` resolves only when the new document is on disk; a failed write rejects and
 * the in-memory document stays as it was, matching the file.
 */
import path from 'node:path';
import { Low } from 'lowdb';
import type { StoreNotice } from '../contract/contract';
import { CallError } from '../contract/dispatch';
import { docChunks } from './doc-bytes';
import { openDocumentBodies, type DocumentBodies } from './document-bodies';
import { createDraft, freezeNew } from './draft';
import { DurableJsonFile, isTempOf } from './durable-file';
import { nodeFsPort, type FsPort } from './fs-port';
import { freeCorruptNameFor, listBackups, rotateBackup } from './backups';
import { migrate, versionOf } from './migrations';
import { CURRENT_SCHEMA_VERSION, StoreDoc, emptyDoc } from './schema';
import { validateChange } from './validate-change';

export const DATA_FILE_NAME = 'lectern.json';

export interface StoreOptions {
  dataDir: string;
  fs?: FsPort;
  now?: () => Date;
}

export interface Store {
  readonly dataDir: string;
  readonly file: string;
  /** True when the file was written by a newer Lectern: nothing is written then. */
  readonly readOnly: boolean;
  /** The current document, frozen: change it through `update`. */
  read(): StoreDoc;
  /**
   * Applies `mutate` to a copy-on-write draft, validates what changed, writes the document durably,
   * and only then makes it current. The draft is usable only during `mutate`. Updates run one after
   * another, and `current` is the document the draft starts from (what `read()` returns then): build
   * a change from it, never from a read taken before the update, which an update still being
   * written (made a moment earlier) would be missing. What `mutate` throws rejects the update, and
   * nothing is written.
   */
  update(mutate: (draft: StoreDoc, current: StoreDoc) => void): Promise<StoreDoc>;
  /** As `update`, resolving with what `mutate` returned: what the change found in `current`. */
  change<T>(mutate: (draft: StoreDoc, current: StoreDoc) => T): Promise<T>;
  /** The library's document bodies, one file each beside the data file. */
  readonly bodies: DocumentBodies;
  notices(): StoreNotice[];
  dismissNotices(): void;
}

type Loaded = { doc: StoreDoc; notices: StoreNotice[]; readOnly: boolean; needsWrite: boolean };

type Parsed = { ok: true; doc: StoreDoc; migratedFrom: number | null } | { ok: false; reason: string; newer?: number };

/** Parses and validates file bytes, migrating older versions. */
export function parseDoc(bytes: Buffer): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return { ok: false, reason: bytes.length === 0 ? 'the file is empty' : `it is not valid JSON (${(error as Error).message})` };
  }
  const version = versionOf(json);
  if (Number.isNaN(version)) return { ok: false, reason: 'it is not a Lectern data document' };
  if (version > CURRENT_SCHEMA_VERSION) return { ok: false, reason: `it was written by a newer Lectern (schema ${version})`, newer: version };
  let migrated: unknown = json;
  try {
    if (version < CURRENT_SCHEMA_VERSION) migrated = migrate(json as Record<string, unknown>);
  } catch (error) {
    return { ok: false, reason: `it could not be upgraded (${(error as Error).message})` };
  }
  const result = StoreDoc.safeParse(migrated);
  if (!result.success) return { ok: false, reason: `its contents do not have the expected shape (${result.error.issues[0]?.path.join('.') ?? ''}: ${result.error.issues[0]?.message ?? ''})` };
  return { ok: true, doc: result.data, migratedFrom: version < CURRENT_SCHEMA_VERSION ? version : null };
}

async function readBytes(fs: FsPort, file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function removeStaleTemps(fs: FsPort, dataDir: string): Promise<void> {
  const names = await fs.readdir(dataDir);
  await Promise.all(names.filter((n) => isTempOf(DATA_FILE_NAME, n)).map((n) => fs.unlink(path.join(dataDir, n)).catch(() => undefined)));
}

async function newestValidBackup(fs: FsPort, dataDir: string): Promise<{ doc: StoreDoc; file: string } | null> {
  for (const file of await listBackups(fs, dataDir, DATA_FILE_NAME)) {
    const bytes = await readBytes(fs, file);
    const parsed = bytes ? parseDoc(bytes) : null;
    if (parsed?.ok) return { doc: parsed.doc, file };
  }
  return null;
}

async function load(fs: FsPort, dataDir: string, file: string, now: Date): Promise<Loaded> {
  const notice = (kind: StoreNotice['kind'], message: string, keptAs: string | null): StoreNotice => ({ kind, message, keptAs, at: now.toISOString() });
  const bytes = await readBytes(fs, file);
  if (bytes === null) {
    // No data file: a first start, or a file lost outside the app. Backups only exist once a file
    // did, so when there is one the user's data is brought back rather than silently started anew.
    const backup = await newestValidBackup(fs, dataDir);
    if (!backup) return { doc: emptyDoc(), notices: [], readOnly: false, needsWrite: true };
    const message = `Your data file (${DATA_FILE_NAME}) was missing. Lectern restored the newest backup (${path.basename(backup.file)}).`;
    return { doc: backup.doc, notices: [notice('recovered-from-backup', message, null)], readOnly: false, needsWrite: true };
  }

  const parsed = parseDoc(bytes);
  if (parsed.ok) {
    if (parsed.migratedFrom === null) {
      // A routine backup is a safety net, not a precondition: a full disk or an unwritable backups
      // folder must not keep the user from their data. (A migration's backup is required, below.)
      await rotateBackup(fs, dataDir, DATA_FILE_NAME, now).catch(() => undefined);
      return { doc: parsed.doc, notices: [], readOnly: false, needsWrite: false };
    }
    const keptAs = await rotateBackup(fs, dataDir, DATA_FILE_NAME, now, `pre-v${parsed.migratedFrom}`);
    const message = `Your data was upgraded from format ${parsed.migratedFrom} to ${CURRENT_SCHEMA_VERSION}. A copy of the old file was kept.`;
    return { doc: parsed.doc, notices: [notice('migrated', message, keptAs)], readOnly: false, needsWrite: true };
  }
  if (parsed.newer !== undefined) {
    const message = `Your data file was written by a newer version of Lectern (format ${parsed.newer}). Lectern left it untouched and will not save changes until you update the app.`;
    return { doc: emptyDoc(), notices: [notice('newer-version', message, file)], readOnly: true, needsWrite: false };
  }

  const keptAs = await freeCorruptNameFor(fs, file, now);
  await fs.rename(file, keptAs);
  const backup = await newestValidBackup(fs, dataDir);
  if (backup) {
    const message = `Your data file could not be read because ${parsed.reason}. Lectern restored the newest backup (${path.basename(backup.file)}) and kept the damaged file as ${path.basename(keptAs)}.`;
    return { doc: backup.doc, notices: [notice('recovered-from-backup', message, keptAs)], readOnly: false, needsWrite: true };
  }
  const message = `Your data file could not be read because ${parsed.reason}, and there was no backup to restore. Lectern started with fresh data and kept the damaged file as ${path.basename(keptAs)}.`;
  return { doc: emptyDoc(), notices: [notice('started-clean', message, keptAs)], readOnly: false, needsWrite: true };
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const fs = options.fs ?? nodeFsPort;
  const now = options.now ?? (() => new Date());
  const dataDir = path.resolve(options.dataDir);
  const file = path.join(dataDir, DATA_FILE_NAME);
  await fs.mkdir(dataDir, { recursive: true });
  await removeStaleTemps(fs, dataDir);

  const loaded = await load(fs, dataDir, file, now());
  const adapter = new DurableJsonFile<StoreDoc>(file, fs);
  // Committed documents are frozen through and through: updates copy on write (draft.ts), and a
  // frozen node is known valid and already serialized, which is what keeps a save near the floor.
  const db = new Low<StoreDoc>(adapter, freezeNew(loaded.doc));
  let notices = loaded.notices;
  const bodies = openDocumentBodies(fs, dataDir, now);
  if (loaded.needsWrite) await adapter.writeJson(docChunks(db.data));

  // Updates are chained so each mutation sees the result of the one before it.
  let chain: Promise<unknown> = Promise.resolve();

  const apply = (mutate: (draft: StoreDoc, current: StoreDoc) => void): StoreDoc => {
    const { draft, finish, revoke } = createDraft(db.data);
    try {
      mutate(draft, db.data);
    } catch (error) {
      revoke();
      throw error;
    }
    const { result, touched } = finish();
    return validateChange(result, touched);
  };

  const update = (mutate: (draft: StoreDoc, current: StoreDoc) => void): Promise<StoreDoc> => {
    const run = chain.then(async () => {
      if (loaded.readOnly) throw new CallError('read-only', 'Not saved: your data file belongs to a newer version of Lectern, so this version will not change it.');
      const next = apply(mutate);
      try {
        await adapter.writeJson(docChunks(next));
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new CallError('write-failed', `Not saved: the data file could not be written (${reason}). Your previous data is intact.`);
      }
      db.data = next;
      return next;
    });
    chain = run.catch(() => undefined);
    return run;
  };

  const change = async <T>(mutate: (draft: StoreDoc, current: StoreDoc) => T): Promise<T> => {
    const found: { value?: T } = {};
    await update((draft, current) => {
      found.value = mutate(draft, current);
    });
    return found.value as T;
  };

  return {
    dataDir,
    file,
    readOnly: loaded.readOnly,
    read: () => db.data,
    update,
    change,
    bodies,
    notices: () => [...notices, ...bodies.notices()],
    dismissNotices: () => {
      notices = [];
      bodies.dismissNotices();
    },
  };
}
