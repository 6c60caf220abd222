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
  /** The CRC-32 the directory records for the entry's data. */
  crc: number | undefined;
}

export interface ZipArchive {
  entries: ReadonlyMap<string, ZipEntry>;
  /**
   * Inflates the named entries; names not in the archive are left out of the result. Throws when an
   * entry's data fails its checksum (damaged, or cut short by a size that lies).
   */
  read(names: Iterable<string>): Map<string, Uint8Array>;
}

export type OpenedZip = { ok: true; zip: ZipArchive } | ImportError;

export function openZip(bytes: Uint8Array, fileName: string): OpenedZip {
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let listed = 0;
  let refusal: ImportError | undefined;
  const crcs = directoryChecksums(bytes);
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
        entries.set(file.name, { name: file.name, compressedBytes: file.size, bytes: file.originalSize, crc: crcs[listed - 1] });
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
    const files = new Map(Object.entries(unzipSync(bytes, { filter: (file) => wanted.has(file.name) && entries.has(file.name) })));
    // fflate inflates into a buffer of the declared size and checks no checksum: a size that lies
    // would cut the text short without a word.
    for (const [name, data] of files) {
      const expected = entries.get(name)?.crc;
      if (expected !== undefined && crc32(data) !== expected) throw new Error(`“${name.slice(0, 200)}” inside it fails its checksum`);
    }
    return files;
  };
  return { ok: true, zip: { entries, read } };
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * The CRC-32 of each central directory record, in the directory's order (the order fflate's filter
 * sees the entries in); empty when the directory cannot be walked (fflate then refuses the file).
 */
function directoryChecksums(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) {
    if (bytes.length - end > 65_558) return [];
    end -= 1;
  }
  if (end < 0) return [];
  let count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  // Zip64: the real count and offset are in the zip64 end record the locator points at.
  if (end >= 20 && view.getUint32(end - 20, true) === 0x07064b50) {
    const zip64 = Number(view.getBigUint64(end - 12, true));
    if (zip64 + 56 <= bytes.length && view.getUint32(zip64, true) === 0x06064b50) {
      count = Number(view.getBigUint64(zip64 + 32, true));
      at = Number(view.getBigUint64(zip64 + 48, true));
    }
  }
  const crcs: number[] = [];
  for (let i = 0; i < count && at + 46 <= bytes.length; i += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) return [];
    crcs.push(view.getUint32(at + 16, true));
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return crcs;
}

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(data: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < data.length; i += 1) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
