/**
 * The document as UTF-8 JSON bytes, equal to `Buffer.from(JSON.stringify(doc))`, with each top-level
 * section's bytes cached by identity. Committed sections are frozen and never change, so a section
 * an update did not touch (10,000 reading positions, when only a setting changed) is neither
 * serialized nor encoded again; bytes rather than a joined string also spare flattening and
 * re-encoding megabytes of text on every save.
 */
const sectionBytes = new WeakMap<object, Buffer>();
const COMMA = Buffer.from(',');
const OPEN_ARRAY = Buffer.from('[');
const CLOSE_ARRAY = Buffer.from(']');

const isCommitted = (value: unknown): value is object => typeof value === 'object' && value !== null && Object.isFrozen(value);

/**
 * A committed array's bytes from its elements' cached bytes: after one entry of 10,000 changed, only
 * that entry is serialized. Elements JSON.stringify would turn into `null` (undefined, functions)
 * cannot be in a validated document, but are handled the same way for equality's sake.
 */
function arrayChunks(list: readonly unknown[], parts: Buffer[]): void {
  parts.push(OPEN_ARRAY);
  list.forEach((item, index) => {
    if (index > 0) parts.push(COMMA);
    parts.push(bytesOf(item) ?? NULL);
  });
  parts.push(CLOSE_ARRAY);
}

const NULL = Buffer.from('null');

/** A committed array of objects: kept as its entries' chunks, never joined, so a save copies no megabytes. */
const isEntryList = (value: unknown): value is readonly unknown[] =>
  isCommitted(value) && Array.isArray(value) && value.length > 0 && typeof value[0] === 'object' && value[0] !== null;

function bytesOf(value: unknown): Buffer | undefined {
  const committed = isCommitted(value);
  const cached = committed ? sectionBytes.get(value) : undefined;
  if (cached) return cached;
  const bytes = textBytes(value);
  if (bytes !== undefined && committed) sectionBytes.set(value, bytes);
  return bytes;
}

function textBytes(value: unknown): Buffer | undefined {
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? undefined : Buffer.from(text, 'utf8');
}

/**
 * The document as a list of UTF-8 chunks whose concatenation is `JSON.stringify(doc)`: cached
 * sections are shared, not copied, and a section that is a list of entries comes as its entries'
 * own cached chunks. Written with one vectored write (`writev`).
 */
export function docChunks(doc: Record<string, unknown>): Buffer[] {
  const parts: Buffer[] = [];
  for (const key of Object.keys(doc)) {
    const value = doc[key];
    const head = Buffer.from(`${parts.length === 0 ? '{' : ','}${JSON.stringify(key)}:`, 'utf8');
    if (isEntryList(value)) {
      parts.push(head);
      arrayChunks(value, parts);
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
