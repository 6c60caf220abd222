/**
 * The document as UTF-8 JSON chunks whose concatenation equals `JSON.stringify(doc)`, cached by
 * identity so a save pays for what changed, not for the size of the document. Committed nodes are
 * frozen and never change: a small section's bytes are kept whole; a list or record section of
 * entries keeps each entry's bytes and joins runs of them into blocks of about 32 KB, so a save of
 * one setting next to 10,000 notes serialises nothing and writes a few hundred buffers, and a save
 * of one reading place re-serialises that place and rebuilds one block.
 */
import { ownKeys } from './own-keys';

/** One entry's bytes: an element's JSON, or a record's `"key":value`; `cut` ends a block after it. */
type Entry = { bytes: Buffer; cut: boolean; key: string | null };
/** A run of entries joined by commas, valid while the section holds the same values (and keys) there. */
type Block = { values: readonly unknown[]; keys: readonly string[] | null; bytes: Buffer };

// Blocks end after an entry with probability proportional to its size, drawn once per entry object:
// blocks average BLOCK_BYTES whatever the entries weigh, and a boundary travels with its entry, so
// inserting or deleting one entry rebuilds one block, not every block after it.
const BLOCK_BYTES = 32 * 1024;

const valueBytes = new WeakMap<object, Buffer>();
const elementEntries = new WeakMap<object, Entry>();
const recordEntries = new WeakMap<object, Entry>();
const elementBlocks = new WeakMap<object, Block>();
const recordBlocks = new WeakMap<object, Block>();
const sectionChunks = new WeakMap<object, readonly Buffer[]>();

const COMMA = Buffer.from(',');
const NULL = Buffer.from('null');

const isCommitted = (value: unknown): value is object => typeof value === 'object' && value !== null && Object.isFrozen(value);
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

function textBytes(value: unknown): Buffer | undefined {
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? undefined : Buffer.from(text, 'utf8');
}

/** A value's whole JSON bytes, cached when it is committed. */
function bytesOf(value: unknown): Buffer | undefined {
  const committed = isCommitted(value);
  const cached = committed ? valueBytes.get(value) : undefined;
  if (cached) return cached;
  const bytes = textBytes(value);
  if (bytes !== undefined && committed) valueBytes.set(value, bytes);
  return bytes;
}

/**
 * An entry's bytes, cached by its value when that is committed; null for one that cannot be cached
 * (a primitive, or a value not yet committed), which then stands alone. Values JSON.stringify would
 * drop or turn into `null` cannot be in a validated document, but are handled as it would.
 */
function entryOf(value: unknown, key: string | null): Entry | null {
  if (!isCommitted(value)) return null;
  const cache = key === null ? elementEntries : recordEntries;
  const cached = cache.get(value);
  if (cached && cached.key === key) return cached;
  const json = JSON.stringify(value) as string | undefined;
  const bytes = Buffer.from(key === null ? (json ?? 'null') : `${JSON.stringify(key)}:${json}`, 'utf8');
  const entry = { bytes, cut: Math.random() < bytes.length / BLOCK_BYTES, key };
  cache.set(value, entry);
  return entry;
}

/** The bytes of an entry that is not cached: null for an element, nothing for a record's key. */
function looseBytes(value: unknown, key: string | null): Buffer | undefined {
  if (key === null) return bytesOf(value) ?? NULL;
  const json = JSON.stringify(value) as string | undefined;
  return json === undefined ? undefined : Buffer.from(`${JSON.stringify(key)}:${json}`, 'utf8');
}

/**
 * The entries joined by commas. Each entry's bytes then become a view into the block, so the cache
 * holds the document's bytes once, not once per entry and once per block.
 */
function joinEntries(members: Entry[]): Buffer {
  const total = members.reduce((sum, entry) => sum + entry.bytes.length, members.length - 1);
  const joined = Buffer.allocUnsafe(total);
  let offset = 0;
  members.forEach((entry, index) => {
    if (index > 0) joined[offset++] = 0x2c; // ','
    entry.bytes.copy(joined, offset);
    entry.bytes = joined.subarray(offset, offset + entry.bytes.length);
    offset += entry.bytes.length;
  });
  return joined;
}

function blockMatches(block: Block, values: readonly unknown[], keys: readonly string[] | null, at: number): boolean {
  const length = block.values.length;
  if (at + length > values.length) return false;
  for (let i = 0; i < length; i += 1) {
    if (block.values[i] !== values[at + i]) return false;
    if (keys && block.keys?.[i] !== keys[at + i]) return false;
  }
  return true;
}

/** Entries `values` (with `keys` for a record) as comma-separated chunks, block by block. */
function entryChunks(values: readonly unknown[], keys: readonly string[] | null, parts: Buffer[]): void {
  const blocks = keys ? recordBlocks : elementBlocks;
  let wrote = false;
  const push = (bytes: Buffer) => {
    if (wrote) parts.push(COMMA);
    parts.push(bytes);
    wrote = true;
  };
  let at = 0;
  while (at < values.length) {
    const head = values[at];
    const cached = isObject(head) ? blocks.get(head) : undefined;
    if (cached && blockMatches(cached, values, keys, at)) {
      push(cached.bytes);
      at += cached.values.length;
      continue;
    }
    const members: Entry[] = [];
    let end = at;
    while (end < values.length) {
      const entry = entryOf(values[end], keys ? (keys[end] ?? '') : null);
      if (!entry) break;
      members.push(entry);
      end += 1;
      if (entry.cut) break;
    }
    if (end === at) {
      // An entry that cannot be cached: written on its own, every time.
      const loose = looseBytes(values[at], keys ? (keys[at] ?? '') : null);
      if (loose) push(loose);
      at += 1;
      continue;
    }
    const block: Block = { values: values.slice(at, end), keys: keys ? keys.slice(at, end) : null, bytes: joinEntries(members) };
    if (isObject(head)) blocks.set(head, block);
    push(block.bytes);
    at = end;
  }
}

const isEntrySection = (value: unknown): value is object => {
  if (!isCommitted(value)) return false;
  if (Array.isArray(value)) return value.length > 0 && isObject(value[0]);
  const keys = ownKeys(value);
  return keys.length > 0 && isObject((value as Record<string, unknown>)[keys[0] ?? '']);
};

/** A list or record section's chunks, cached whole: an untouched section costs one lookup. */
function entrySectionChunks(section: object): readonly Buffer[] {
  const cached = sectionChunks.get(section);
  if (cached) return cached;
  const parts: Buffer[] = [];
  if (Array.isArray(section)) {
    parts.push(Buffer.from('['));
    entryChunks(section, null, parts);
    parts.push(Buffer.from(']'));
  } else {
    const keys = ownKeys(section);
    const record = section as Record<string, unknown>;
    parts.push(Buffer.from('{'));
    entryChunks(
      keys.map((key) => record[key]),
      keys,
      parts,
    );
    parts.push(Buffer.from('}'));
  }
  sectionChunks.set(section, parts);
  return parts;
}

/**
 * The document as a list of UTF-8 chunks whose concatenation is `JSON.stringify(doc)`: cached
 * chunks are shared, not copied. Written with one vectored write (`writev`).
 */
export function docChunks(doc: Record<string, unknown>): Buffer[] {
  const parts: Buffer[] = [];
  for (const key of Object.keys(doc)) {
    const value = doc[key];
    const head = Buffer.from(`${parts.length === 0 ? '{' : ','}${JSON.stringify(key)}:`, 'utf8');
    if (isEntrySection(value)) {
      parts.push(head, ...entrySectionChunks(value));
      continue;
    }
    const bytes = bytesOf(value);
    if (bytes === undefined) continue;
    parts.push(head, bytes);
  }
  parts.push(Buffer.from(parts.length === 0 ? '{}' : '}', 'utf8'));
  return parts;
}

/** The document as one buffer, equal to `Buffer.from(JSON.stringify(doc))`. */
export function docBytes(doc: Record<string, unknown>): Buffer {
  return Buffer.concat(docChunks(doc));
}
