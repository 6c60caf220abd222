/**
 * The library's documents, one way for all of them: built-in packs and imported bodies alike are
 * found by id, loaded, cached and listed here, so no service compares against a fixed document id.
 * At start-up the documents removed in an earlier session (kept until then for Undo) go for good,
 * with their annotations, cards and reviews, and bodies no index entry names (an import a crash cut
 * short) are swept away.
 */
import { CallError } from '../../contract/dispatch';
import type { LibraryEntry } from '../../contract/library-values';
import type { LecternDocument } from '../../domain/document/document';
import type { StoreDoc } from '../../store/schema';
import type { Store } from '../../store/store';
import type { StoredPack } from '../../contract/pack-values';
import type { LoadedPack } from './builtin-pack';
import { installedPack, type InstalledPack } from './installed-pack';
import { characterCount, loadedDocument, wordCount, type LoadedDocument } from './loaded-document';

/** Bodies kept parsed in memory: the few documents a session moves between. */
const CACHED_DOCUMENTS = 6;

export interface DocumentCatalog {
  /** Resolves once the start-up purge and sweep are done; every method below waits for it. */
  ready: Promise<void>;
  /** The pack a document came with (built-in or imported); undefined for a plain import. */
  pack(id: string, doc?: StoreDoc): InstalledPack | undefined;
  /** True for a document that ships with the app (hidden, never removed). */
  isBuiltin(id: string): boolean;
  /** The library, built-in documents first, then the user's in import order; removed ones left out. */
  entries(doc: StoreDoc): LibraryEntry[];
  /** One entry of the library (not a removed one). */
  entry(doc: StoreDoc, id: string): LibraryEntry | undefined;
  /** The entry, removed or not (Undo of a removal needs it). */
  storedEntry(doc: StoreDoc, id: string): LibraryEntry | undefined;
  /** The document's body, parsed; throws a readable CallError for an unknown or unreadable one. */
  load(id: string): Promise<LoadedDocument>;
  /** Remembers a body just written, so opening it right after an import reads nothing. */
  remember(document: LecternDocument): void;
}

/** A library entry describing a document as it was imported. */
export function entryFor(document: LecternDocument, at: string): LibraryEntry {
  return {
    id: document.id,
    title: document.title,
    author: document.author,
    source: document.source,
    importedAt: document.importedAt,
    textHash: document.textHash,
    words: wordCount(document),
    characters: characterCount(document),
    sections: document.sections.length,
    tags: [],
    hidden: false,
    removedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}

/** Drops a document and everything the user made on it from a draft, leaving a tombstone. */
export function purgeDocument(draft: StoreDoc, id: string, at: string): void {
  const cardIds = new Set(draft.userCards.filter((card) => card.documentId === id).map((card) => card.id));
  draft.documents = draft.documents.filter((entry) => entry.id !== id);
  draft.annotations = draft.annotations.filter((a) => a.documentId !== id);
  draft.userCards = draft.userCards.filter((card) => card.documentId !== id);
  draft.reviewLog = draft.reviewLog.filter((entry) => entry.documentId !== id);
  for (const cardId of cardIds) delete draft.cardProgress[cardId];
  draft.authoredQuestions = draft.authoredQuestions.filter((q) => q.documentId !== id);
  delete draft.reading[id];
  draft.versionDecisions = draft.versionDecisions.filter((d) => d.documentId !== id && d.olderId !== id);
  delete draft.packs[id];
  delete draft.selftestOpen[id];
  delete draft.selftestCards[id];
  draft.selftestFinished = draft.selftestFinished.filter((attempt) => attempt.documentId !== id);
  draft.documentTombstones.push({ id, removedAt: at });
}

export function createDocumentCatalog(store: Store, packs: readonly LoadedPack[], now: () => Date): DocumentCatalog {
  const packById = new Map(packs.map((loaded) => [loaded.document.id, loaded.pack]));
  // Imported packs as the services use them, built once per stored version (the store's records are
  // replaced, never mutated, on a change, so the stored object is the key).
  const installed = new WeakMap<StoredPack, InstalledPack>();
  const importedPack = (doc: StoreDoc, id: string): InstalledPack | undefined => {
    const stored = Object.hasOwn(doc.packs, id) ? doc.packs[id] : undefined;
    if (!stored) return undefined;
    let pack = installed.get(stored);
    if (!pack) installed.set(stored, (pack = installedPack(stored, id, false)));
    return pack;
  };
  const builtinEntries = new Map(packs.map((pack) => [pack.document.id, entryFor(pack.document, pack.document.importedAt)]));
  const cache = new Map<string, LoadedDocument>();
  for (const pack of packs) cache.set(pack.document.id, loadedDocument(pack.document));

  const remember = (document: LecternDocument): LoadedDocument => {
    const loaded = loadedDocument(document);
    cache.delete(document.id);
    cache.set(document.id, loaded);
    const evictable = [...cache.keys()].filter((id) => !packById.has(id));
    for (const id of evictable.slice(0, Math.max(0, evictable.length - CACHED_DOCUMENTS))) cache.delete(id);
    return loaded;
  };

  const startUp = async (): Promise<void> => {
    if (store.readOnly) return;
    const removed = store.read().documents.filter((entry) => entry.removedAt !== null);
    if (removed.length > 0) {
      const at = now().toISOString();
      await store.update((draft) => {
        for (const entry of removed) purgeDocument(draft, entry.id, at);
      });
    }
    const kept = new Set(store.read().documents.filter((entry) => !packById.has(entry.id)).map((entry) => entry.id));
    await store.bodies.sweep(kept);
  };
  // A failed purge must not keep the library from opening; it is tried again next start.
  const ready = startUp().catch(() => undefined);

  const storedEntry = (doc: StoreDoc, id: string): LibraryEntry | undefined => {
    const stored = doc.documents.find((entry) => entry.id === id);
    return stored ?? builtinEntries.get(id);
  };

  return {
    ready,
    pack: (id, doc) => packById.get(id) ?? importedPack(doc ?? store.read(), id),
    isBuiltin: (id) => packById.has(id),
    entries: (doc) => {
      const stored = new Map(doc.documents.map((entry) => [entry.id, entry]));
      const builtins = [...builtinEntries.values()].map((entry) => stored.get(entry.id) ?? entry);
      const own = doc.documents.filter((entry) => !packById.has(entry.id));
      return [...builtins, ...own].filter((entry) => entry.removedAt === null);
    },
    entry: (doc, id) => {
      const found = storedEntry(doc, id);
      return found && found.removedAt === null ? found : undefined;
    },
    storedEntry,
    load: async (id) => {
      await ready;
      const entry = storedEntry(store.read(), id);
      if (!entry || entry.removedAt !== null) throw new CallError('invalid-input', `There is no document “${id}” in your library; it may have been removed.`);
      const cached = cache.get(id);
      if (cached) return cached;
      const body = await store.bodies.read(entry.id, entry.title);
      if (!body.ok) throw new CallError('invalid-input', body.message);
      return remember(body.document);
    },
    remember: (document) => void remember(document),
  };
}
