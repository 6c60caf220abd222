/** Recognises a newer version of a document already in the library: same source file name or same title, other text. */
import type { LibraryEntry } from '../../contract/library-values';

const sameName = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
const sameTitle = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** True when `newer` looks like a later version of `older`: imported after it, another text, same file name or title. */
export function isNewerVersionOf(newer: LibraryEntry, older: LibraryEntry): boolean {
  if (newer.id === older.id || newer.textHash === older.textHash) return false;
  if (older.importedAt > newer.importedAt || (older.importedAt === newer.importedAt && older.createdAt >= newer.createdAt)) return false;
  return sameName(newer.source.fileName, older.source.fileName) || sameTitle(newer.title, older.title);
}

/**
 * The document `entry` may replace: the most recently imported earlier version among `candidates`
 * (built-in documents and removed ones are the caller's to leave out), or null.
 */
export function previousVersion(entry: LibraryEntry, candidates: readonly LibraryEntry[]): LibraryEntry | null {
  let best: LibraryEntry | null = null;
  for (const candidate of candidates) {
    if (isNewerVersionOf(entry, candidate) && (best === null || candidate.importedAt > best.importedAt)) best = candidate;
  }
  return best;
}
