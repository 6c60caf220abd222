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
function arrayBytes(list: readonly unknown[]): Buffer {
  const parts: Buffer[] = [OPEN_ARRAY];
  list.forEach((item, index) => {
    if (index > 0) parts.push(COMMA);
    parts.push(bytesOf(item) ?? Buffer.from('null'));
  });
  parts.push(CLOSE_ARRAY);
  return Buffer.concat(parts);
}

function bytesOf(value: unknown): Buffer | undefined {
  const committed = isCommitted(value);
  const cached = committed ? sectionBytes.get(value) : undefined;
  if (cached) return cached;
  // Arrays of objects are assembled from per-entry bytes (each cached); anything else is serialized whole.
  const bytes =
    committed && Array.isArray(value) && value.length > 0 && typeof value[0] === 'object' && value[0] !== null
      ? arrayBytes(value)
      : textBytes(value);
  if (bytes !== undefined && committed) sectionBytes.set(value, bytes);
  return bytes;
}

function textBytes(value: unknown): Buffer | undefined {
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? undefined : Buffer.from(text, 'utf8');
}

export function docBytes(doc: Record<string, unknown>): Buffer {
  const parts: Buffer[] = [];
  for (const key of Object.keys(doc)) {
    const bytes = bytesOf(doc[key]);
    if (bytes === undefined) continue;
    parts.push(Buffer.from(`${parts.length === 0 ? '{' : ','}${JSON.stringify(key)}:`, 'utf8'), bytes);
  }
  parts.push(Buffer.from(parts.length === 0 ? '{}' : '}', 'utf8'));
  return Buffer.concat(parts);
}
