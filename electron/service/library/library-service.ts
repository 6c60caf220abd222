/** Library methods over the store: list, open, import (file, paste), edit, hide, remove with Undo. */
import { randomUUID } from 'node:crypto';
import { CallError } from '../../contract/dispatch';
import type { ImportOutcome, LibraryItem, libraryContract } from '../../contract/library';
import type { versionsContract } from '../../contract/library-versions';
import { MAX_PICKED_FILES, type LibraryEntry } from '../../contract/library-values';
import type { FeatureHandlers } from '../../contract/spec';
import type { ImportResult } from '../../domain/import/importer';
import { normalizeTags } from '../../domain/annotations/tags';
import { importError } from '../../domain/import/import-error';
import type { StoreDoc } from '../../store/schema';
import type { FileToImport, PickedPath, ServiceContext } from '../deps';
import { createCardCatalog } from '../flashcards-catalog';
import { documentQuestions } from '../selftest-questions';
import { entryFor } from './documents';
import { createPackImports, isPackResult } from './pack-imports';
import { libraryItems } from './library-items';
import { createVersions } from './versions';

export interface LibraryImports {
  /** Imports a file's bytes (the desktop's dialog, the web host's upload): a new document or the one with the same text. */
  importFile(file: FileToImport): Promise<ImportOutcome>;
  /** A file is on its way (the web host began receiving an upload): its reader is made ready meanwhile. */
  prepare(): void;
}

const newDocumentId = (at: Date) => `d-${at.getTime().toString(36)}-${randomUUID().slice(0, 8)}`;

export function createLibrary(context: ServiceContext): { handlers: FeatureHandlers<typeof libraryContract & typeof versionsContract>; imports: LibraryImports } {
  const { store, now, documents, importer, pickImportFiles } = context;
  const cards = createCardCatalog(documents);
  const versions = createVersions(context);
  const itemsOf = (doc: StoreDoc, entries: readonly LibraryEntry[]) => libraryItems(doc, entries, documents, cards, now(), (id) => documentQuestions(context, id));
  const itemOf = (doc: StoreDoc, id: string): LibraryItem => {
    const entry = documents.storedEntry(doc, id);
    if (!entry) throw new CallError('invalid-input', `There is no document “${id}” in your library.`);
    return itemsOf(doc, [entry])[0]!;
  };
  const liveEntry = (id: string, doc: StoreDoc = store.read()): LibraryEntry => {
    const entry = documents.entry(doc, id);
    if (!entry) throw new CallError('invalid-input', `There is no document “${id}” in your library; it may have been removed.`);
    return entry;
  };
  /**
   * Writes the entry `change` makes from the data as it stands when this write's turn comes
   * (`current`), so a change to the same entry still being written is built on, never undone. A
   * built-in entry is stored the first time it changes.
   */
  const changeEntry = async (id: string, change: (doc: StoreDoc) => LibraryEntry): Promise<LibraryItem> => {
    const doc = await store.update((draft, current) => {
      const next = change(current);
      const index = draft.documents.findIndex((entry) => entry.id === next.id);
      if (index >= 0) draft.documents[index] = next;
      else draft.documents.push(next);
    });
    return itemOf(doc, id);
  };

  // Imports run one at a time, so the same file dropped twice is recognised the second time.
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const packs = createPackImports(context, itemOf);

  // The files of the dialog's last pick not yet imported, each by its token (`library.importPicked`).
  const picked = new Map<string, PickedPath>();
  const pickedToken = (file: PickedPath) => {
    const token = randomUUID();
    picked.set(token, file);
    return token;
  };

  // The import under way: what `library.stopImport` stops while its file is read, and what
  // `library.importProgress` reports (how far the reading got: null until its importer tells, and
  // for those that never do; then its saving, which Stop no longer reaches). A paste is no file:
  // Stop reaches it, progress does not name it.
  let underway: { control: AbortController; fileName: string | null; fraction: number | null; stage: 'reading' | 'saving' } | null = null;
  type Parse = (signal: AbortSignal, onProgress: (fraction: number) => void) => Promise<ImportResult>;
  /** `gone`: whoever asked went away; `file`: false for a paste. */
  type ImportOptions = { gone?: AbortSignal; file?: boolean };
  /** Parses (file or paste), then saves (`save`). */
  const importWith = (parse: Parse, fileName: string, { gone, file = true }: ImportOptions = {}): Promise<ImportOutcome> =>
    oneAtATime(async () => {
      await documents.ready;
      if (store.readOnly) throw new CallError('read-only', 'Not imported: your data file belongs to a newer version of Lectern, so this version will not change it.');
      const control = new AbortController();
      // Whoever asked went away (the browser aborted its upload): stopped as by Stop.
      if (gone?.aborted) control.abort();
      gone?.addEventListener('abort', () => control.abort(), { once: true });
      const current = { control, fileName: file ? fileName : null, fraction: null as number | null, stage: 'reading' as 'reading' | 'saving' };
      underway = current;
      try {
        const result = await parse(control.signal, (fraction) => {
          current.fraction = Math.min(1, Math.max(0, fraction));
        });
        // Stopped while it was read: whatever the reading gave, nothing is saved.
        if (control.signal.aborted) return { outcome: 'stopped' as const, fileName };
        if (!result.ok) throw new CallError('invalid-input', result.message);
        // Read whole: from here the document is saved whole (or not at all, on a crash), and Stop no longer reaches it.
        current.stage = 'saving';
        current.fraction = 1;
        return await save(result, fileName);
      } finally {
        underway = null;
      }
    });
  /** Saves what was read: the body first, then its index entry. A study pack goes its own way (pack-imports.ts). */
  const save = async (result: Extract<ImportResult, { ok: true }>, fileName: string): Promise<ImportOutcome> => {
    const at = now();
    const document = await importer.finishDocument(result.document, { id: newDocumentId(at), importedAt: at.toISOString() });
    if (isPackResult(result)) return packs.received({ pack: result.pack, document, warnings: result.warnings, fileName });
    const same = documents.entries(store.read()).find((entry) => entry.textHash === document.textHash);
    if (same) return { outcome: 'duplicate' as const, item: itemOf(store.read(), same.id) };
    // The body first, then its index entry: a crash between the two leaves a body no entry names,
    // which the next start sweeps away, so an import is either whole or absent.
    await store.bodies.write(document);
    const doc = await store.update((draft) => {
      draft.documents.push(entryFor(document, at.toISOString()));
    });
    documents.remember(document);
    return { outcome: 'imported' as const, item: itemOf(doc, document.id), warnings: result.warnings };
  };

  // The app reopens on the document opened last ("read last" is the newest reading place), so an
  // explicit open touches that document's place, or sets one at its start, unless it is the last already.
  // The place is read inside the update, so one saved a moment before is touched, not replaced.
  // Resolves with the place to restore: the one kept, or null when there was none (the start).
  const markOpened = async (id: string, firstBlock: string | undefined): Promise<StoreDoc['reading'][string] | null> => {
    if (store.readOnly || lastRead(store.read(), documents.entries(store.read())) === id || firstBlock === undefined) return readingOf(store.read(), id);
    const updatedAt = now().toISOString();
    return store.change((draft, current) => {
      const reading = readingOf(current, id);
      draft.reading[id] = reading ? { ...reading, updatedAt } : { paragraphId: firstBlock, offset: 0, percent: 0, updatedAt };
      return reading;
    });
  };
  const importFileBytes = (file: FileToImport) =>
    importWith((signal, onProgress) => importer.importFile({ bytes: file.bytes, fileName: file.fileName, signal, onProgress }), file.fileName, file.signal ? { gone: file.signal } : {});

  const handlers: FeatureHandlers<typeof libraryContract> = {
    'library.list': async () => {
      await documents.ready;
      const doc = store.read();
      const items = itemsOf(doc, documents.entries(doc));
      const tags = [...new Set(items.flatMap((item) => item.tags))].sort((a, b) => a.localeCompare(b));
      return { items, tags, sort: doc.settings.librarySort ?? 'added', accept: [...importer.acceptedExtensions], canPickFile: pickImportFiles !== null };
    },
    'library.open': async ({ id }) => {
      await documents.ready;
      const doc = store.read();
      const wanted = id ?? lastRead(doc, documents.entries(doc));
      if (wanted === null) return null;
      const entry = liveEntry(wanted);
      const loaded = await documents.load(entry.id);
      const manifest = documents.pack(entry.id)?.manifest;
      const reading = id === undefined ? readingOf(store.read(), entry.id) : await markOpened(entry.id, loaded.document.sections[0]?.blocks[0]?.id);
      const after = store.read();
      return { item: itemOf(after, entry.id), document: loaded.document, kicker: manifest?.kicker ?? null, credit: manifest?.credit ?? null, reading, previousVersion: versions.previousVersionOf(after, entry.id) };
    },
    'library.pickFiles': async () => {
      if (!pickImportFiles) return { outcome: 'unavailable' as const };
      // A new pick replaces the last one (cancelled or refused too): its files not yet imported can no longer be.
      picked.clear();
      // The first file's reader starts while the person picks it.
      importer.prepare?.();
      const files = await pickImportFiles();
      if (!files || files.length === 0) return { outcome: 'cancelled' as const };
      if (files.length > MAX_PICKED_FILES) {
        throw new CallError('invalid-input', `Choose at most ${MAX_PICKED_FILES} files at a time: ${files.length} were chosen, and none was imported.`);
      }
      return { outcome: 'picked' as const, files: files.map((file) => ({ token: pickedToken(file), fileName: file.fileName })) };
    },
    'library.importPicked': async ({ token }) => {
      const file = picked.get(token);
      if (!file) throw new CallError('invalid-input', 'That file is no longer waiting to be imported; choose it again.');
      picked.delete(token);
      // Read in its turn, as part of its import: one file's bytes in memory at a time, and a Stop
      // pressed while they are read reaches it.
      return importWith(async (signal, onProgress) => {
        const { bytes } = await file.read();
        // Stopped while it was read from disk: the import answers `stopped` (importWith), whatever this says.
        if (signal.aborted) return importError('unreadable', file.fileName, 'its import was stopped before it was read.');
        const reading = importer.importFile({ bytes, fileName: file.fileName, signal, onProgress });
        // More files of the pick to come: this one has taken its reader; the next one's starts now.
        if (picked.size > 0) importer.prepare?.();
        return reading;
      }, file.fileName);
    },
    'library.paste': async ({ title, author, text }) => importWith(() => importer.importPastedText({ title, author, text }), title, { file: false }),
    'library.stopImport': async () => {
      // Stop ends the pick too: files of it not yet begun are not imported.
      picked.clear();
      if (underway?.stage !== 'reading') return { stopped: false };
      underway.control.abort();
      return { stopped: true };
    },
    // A stopped reading is no longer reported, though a parser that does not heed the signal (in-process) may still be at it.
    'library.importProgress': async () => ({
      reading: underway?.fileName != null && !underway.control.signal.aborted ? { fileName: underway.fileName, fraction: underway.fraction, stage: underway.stage } : null,
    }),
    'library.confirmImport': ({ token }) => oneAtATime(() => packs.confirm(token)),
    'library.cancelImport': async ({ token }) => packs.cancel(token),
    'library.packCredits': async ({ id }) => packs.credits(liveEntry(id).id),
    'library.exportPack': async ({ id, credits }) => {
      const { file, done } = await packs.exportFile(liveEntry(id).id, credits);
      await done();
      return { ...file, encoding: 'utf8' as const };
    },
    'library.saveExportPack': async ({ id, credits }) => {
      if (!context.saveFile) return { outcome: 'unavailable' as const };
      const { file, done } = await packs.exportFile(liveEntry(id).id, credits);
      const saved = await context.saveFile({ ...file, title: 'Export as study pack' });
      if (saved.outcome === 'saved') await done();
      return saved;
    },
    'library.update': async ({ id, title, author, tags }) =>
      changeEntry(id, (current) => {
        const entry = liveEntry(id, current);
        return {
          ...entry,
          title: title ?? entry.title,
          author: author ?? entry.author,
          tags: tags ? normalizeTags(tags) : entry.tags,
          updatedAt: now().toISOString(),
        };
      }),
    'library.setHidden': async ({ id, hidden }) => {
      liveEntry(id);
      if (!documents.isBuiltin(id) && hidden) throw new CallError('invalid-input', 'Only a built-in document is hidden; remove your own documents instead.');
      return changeEntry(id, (current) => ({ ...liveEntry(id, current), hidden, updatedAt: now().toISOString() }));
    },
    'library.remove': async ({ id }) => {
      liveEntry(id);
      if (documents.isBuiltin(id)) throw new CallError('invalid-input', 'A built-in document cannot be removed; hide it instead.');
      const at = now().toISOString();
      const item = await changeEntry(id, (current) => ({ ...liveEntry(id, current), removedAt: at, updatedAt: at }));
      return { removed: item };
    },
    'library.undoRemove': async ({ id }) =>
      changeEntry(id, (doc) => {
        const entry = documents.storedEntry(doc, id);
        if (!entry || entry.removedAt === null) throw new CallError('invalid-input', 'That document is not waiting to be removed; it is already in your library or gone for good.');
        // A replaced document's annotations, cards and reading place now belong to its newer version;
        // bringing it back would show an empty copy, so the answer says where the work went instead.
        const replacedBy = doc.versionDecisions.find((d) => d.olderId === id && d.decision === 'replaced');
        if (replacedBy) {
          const newer = documents.storedEntry(doc, replacedBy.documentId);
          throw new CallError('invalid-input', `“${entry.title}” was replaced by its newer version${newer ? ` “${newer.title}”` : ''}, which now holds its annotations, cards and reading place.`);
        }
        return { ...entry, removedAt: null, updatedAt: now().toISOString() };
      }),
  };
  return { handlers: { ...handlers, ...versions.handlers }, imports: { importFile: importFileBytes, prepare: () => importer.prepare?.() } };
}

/** The reading place kept for document `id`, or null. */
function readingOf(doc: StoreDoc, id: string): StoreDoc['reading'][string] | null {
  return Object.hasOwn(doc.reading, id) ? (doc.reading[id] ?? null) : null;
}

/** The document read most recently, or null when nothing has been read yet. */
function lastRead(doc: StoreDoc, entries: readonly LibraryEntry[]): string | null {
  let best: { id: string; at: string } | null = null;
  for (const entry of entries) {
    const at = Object.hasOwn(doc.reading, entry.id) ? doc.reading[entry.id]?.updatedAt : undefined;
    if (at !== undefined && (best === null || at > best.at)) best = { id: entry.id, at };
  }
  return best?.id ?? null;
}
