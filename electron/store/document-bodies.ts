/**
 * The library's document bodies: one JSON file per document in `<dataDir>/documents/<id>.json`,
 * written with the same durable write as the data file, so a save of the user's data never
 * rewrites a book. A body is immutable once written; its backup copy sits in
 * `backups/documents/<id>.json`. A body that cannot be read is moved aside and restored from that
 * copy when it is good, and a notice names the file either way: every other document keeps working.
 */
import path from 'node:path';
import { LecternDocument, type DocumentId } from '../domain/document/document';
import type { StoreNotice } from '../contract/core';
import { backupsFolder, freeCorruptNameFor } from './backups';
import { writeDurably } from './durable-file';
import type { FsPort } from './fs-port';

export const DOCUMENTS_FOLDER = 'documents';

export type BodyRead = { ok: true; document: LecternDocument } | { ok: false; message: string };

export interface DocumentBodies {
  readonly folder: string;
  /** Writes the body and its backup copy durably; resolves once both are on disk. */
  write(document: LecternDocument): Promise<void>;
  /** Reads and validates a body; a damaged one is set aside (and restored from its copy if good). `label` names it in messages. */
  read(id: DocumentId, label: string): Promise<BodyRead>;
  /** Removes a body and its backup copy (after its index entry is gone). */
  remove(id: DocumentId): Promise<void>;
  /** Removes bodies, copies and temp files of documents the index does not hold (an import a crash cut short). */
  sweep(keep: ReadonlySet<string>): Promise<void>;
  notices(): StoreNotice[];
  dismissNotices(): void;
}

function parseBody(bytes: Buffer, id: string): { ok: true; document: LecternDocument } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return { ok: false, reason: bytes.length === 0 ? 'the file is empty' : `it is not valid JSON (${(error as Error).message})` };
  }
  const result = LecternDocument.safeParse(json);
  if (!result.success) return { ok: false, reason: `its contents do not have the expected shape (${result.error.issues[0]?.path.join('.') ?? ''})` };
  if (result.data.id !== id) return { ok: false, reason: `it holds another document (${result.data.id})` };
  return { ok: true, document: result.data };
}

async function readIfThere(fs: FsPort, file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export function openDocumentBodies(fs: FsPort, dataDir: string, now: () => Date): DocumentBodies {
  const folder = path.join(dataDir, DOCUMENTS_FOLDER);
  const copies = path.join(backupsFolder(dataDir), DOCUMENTS_FOLDER);
  const bodyFile = (id: string) => path.join(folder, `${id}.json`);
  const copyFile = (id: string) => path.join(copies, `${id}.json`);
  let notices: StoreNotice[] = [];
  const notice = (kind: StoreNotice['kind'], message: string, keptAs: string | null) => {
    notices = [...notices, { kind, message, keptAs, at: now().toISOString() }];
  };

  const restoreFromCopy = async (id: string): Promise<LecternDocument | null> => {
    const bytes = await readIfThere(fs, copyFile(id));
    const parsed = bytes ? parseBody(bytes, id) : null;
    if (!parsed?.ok) return null;
    await writeDurably(fs, bodyFile(id), bytes!);
    return parsed.document;
  };

  return {
    folder,
    write: async (document) => {
      await fs.mkdir(folder, { recursive: true });
      await fs.mkdir(copies, { recursive: true });
      const bytes = Buffer.from(JSON.stringify(document), 'utf8');
      await writeDurably(fs, bodyFile(document.id), bytes);
      await writeDurably(fs, copyFile(document.id), bytes);
    },
    read: async (id, label) => {
      const file = bodyFile(id);
      const bytes = await readIfThere(fs, file);
      const parsed = bytes ? parseBody(bytes, id) : ({ ok: false, reason: 'the file is missing' } as const);
      if (parsed.ok) return parsed;
      const keptAs = bytes ? await freeCorruptNameFor(fs, file, now()) : null;
      if (keptAs) await fs.rename(file, keptAs);
      const restored = await restoreFromCopy(id).catch(() => null);
      const kept = keptAs ? ` and kept the damaged file as ${path.basename(keptAs)}` : '';
      if (restored) {
        notice('document-recovered', `The text of “${label}” (${DOCUMENTS_FOLDER}/${id}.json) could not be read because ${parsed.reason}. Lectern restored it from its backup copy${kept}.`, keptAs);
        return { ok: true, document: restored };
      }
      const message = `The text of “${label}” (${DOCUMENTS_FOLDER}/${id}.json) could not be read because ${parsed.reason}, and there was no good backup copy. Lectern${keptAs ? ` kept the damaged file as ${path.basename(keptAs)}` : ' changed nothing'}; your other documents are not affected, and your notes and cards on this one are kept.`;
      notice('document-damaged', message, keptAs);
      return { ok: false, message };
    },
    remove: async (id) => {
      for (const file of [bodyFile(id), copyFile(id)]) await fs.unlink(file).catch(() => undefined);
    },
    sweep: async (keep) => {
      for (const dir of [folder, copies]) {
        const names = await fs.readdir(dir).catch(() => [] as string[]);
        const stray = names.filter((name) => {
          // Sweeping runs at start-up, before any import: every temp file is one a crash left.
          if (name.endsWith('.tmp')) return true;
          const match = /^([A-Za-z0-9_-]+)\.json$/.exec(name);
          return match !== null && !keep.has(match[1]!);
        });
        await Promise.all(stray.map((name) => fs.unlink(path.join(dir, name)).catch(() => undefined)));
      }
    },
    notices: () => notices,
    dismissNotices: () => {
      notices = [];
    },
  };
}
