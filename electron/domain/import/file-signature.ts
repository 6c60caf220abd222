/**
 * Recognises common file types by their first bytes, so a refusal can say what a mis-named file
 * really is ("it looks like a PDF document") instead of only what it is not.
 */

const SIGNATURES: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'an old Microsoft Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'a zip archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an empty zip archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
];

/** True when the bytes start with the given signature. */
export function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.length <= bytes.length && signature.every((byte, i) => bytes[i] === byte);
}

/** A short phrase naming a known binary format, or undefined when the bytes match none. */
export function describeBinary(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((signature) => startsWith(bytes, signature.bytes))?.name;
}

export const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;
