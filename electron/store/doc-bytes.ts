/**
 * The document as UTF-8 JSON bytes, equal to `Buffer.from(JSON.stringify(doc))`, with each top-level
 * section's bytes cached by identity. Committed sections are frozen and never change, so a section
 * an update did not touch (10,000 reading positions, when only a setting changed) is neither
 * serialized nor encoded again; bytes rather than a joined string also spare flattening and
 * re-encoding megabytes of text on every save.
 */
const sectionBytes = new WeakMap<object, Buffer>();

function bytesOf(value: unknown): Buffer | undefined {
  const committed = typeof value === 'object' && value !== null && Object.isFrozen(value);
  const cached = committed ? sectionBytes.get(value) : undefined;
  if (cached) return cached;
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) return undefined;
  const bytes = Buffer.from(text, 'utf8');
  if (committed) sectionBytes.set(value, bytes);
  return bytes;
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
