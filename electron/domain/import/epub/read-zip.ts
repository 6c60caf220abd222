import { unzipSync } from 'fflate';
import { importError } from '../import-error';
import type { ImportError } from '../importer';

/**
 * A zip archive read within caps, so a zip bomb is refused before anything is inflated: the entry
 * list is read first (fflate's filter sees every entry's declared sizes without decompressing it),
 * then only the entries asked for are inflated, each into a buffer of its declared size, which
 * fflate never grows; a lying size can only truncate an entry, never exhaust memory.
 */

export const ZIP_LIMITS = {
  /** Entries in one archive (a long book with images has a few thousand). */
  entries: 10_000,
  /** Uncompressed bytes of one entry. */
  entryBytes: 64 * 1024 * 1024,
  /** Uncompressed bytes of all entries together. */
  totalBytes: 256 * 1024 * 1024,
} as const;

export interface ZipEntry {
  name: string;
  compressedBytes: number;
  bytes: number;
}

export interface ZipArchive {
  entries: ReadonlyMap<string, ZipEntry>;
  /** Inflates the named entries; names not in the archive are left out of the result. */
  read(names: Iterable<string>): Map<string, Uint8Array>;
}

export type OpenedZip = { ok: true; zip: ZipArchive } | ImportError;

export function openZip(bytes: Uint8Array, fileName: string): OpenedZip {
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let listed = 0;
  let refusal: ImportError | undefined;
  try {
    unzipSync(bytes, {
      filter(file) {
        if (refusal) return false;
        // Every entry counts, a repeated name too; and an entry costs the larger of its sizes: a
        // stored one is copied by its compressed size, which its declared size need not match
        // (entries that all point at one large stored file, each declaring 0 bytes, took gigabytes).
        listed += 1;
        const cost = Math.max(file.originalSize, file.size);
        if (entries.has(file.name)) {
          refusal = importError('zip-bomb', fileName, `it lists “${file.name.slice(0, 200)}” more than once, which no book does; it may be a zip bomb.`);
          return false;
        }
        entries.set(file.name, { name: file.name, compressedBytes: file.size, bytes: file.originalSize });
        total += cost;
        if (listed > ZIP_LIMITS.entries) {
          refusal = importError('too-many-entries', fileName, `it holds more than ${ZIP_LIMITS.entries.toLocaleString('en-US')} files, more than any book needs; it may be a zip bomb.`);
        } else if (cost > ZIP_LIMITS.entryBytes || total > ZIP_LIMITS.totalBytes) {
          refusal = importError('zip-bomb', fileName, `it unpacks to more than ${megabytes(cost > ZIP_LIMITS.entryBytes ? ZIP_LIMITS.entryBytes : ZIP_LIMITS.totalBytes)}, more than any book needs; it may be a zip bomb.`);
        }
        return false;
      },
    });
  } catch {
    return importError('unreadable', fileName, 'it is not a readable zip archive (the file may be damaged or incomplete).');
  }
  if (refusal) return refusal;

  const read = (names: Iterable<string>): Map<string, Uint8Array> => {
    const wanted = new Set(names);
    const files = unzipSync(bytes, { filter: (file) => wanted.has(file.name) && entries.has(file.name) });
    return new Map(Object.entries(files));
  };
  return { ok: true, zip: { entries, read } };
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
