/**
 * Bytes to text, the way a user's text files actually arrive: UTF-8 (with or without a BOM), UTF-16
 * by its BOM (or by its zero bytes when the BOM is missing), and Windows-1252 (the superset of
 * Latin-1 every browser uses for it) when the bytes are not valid UTF-8. Binary files are refused.
 */

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252';

/** `encoding` is a TextEncodingName, or the WHATWG name of a charset an HTML page declared. */
export type DecodedText = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** How an encoding is named to the user. */
export function encodingLabel(encoding: string): string {
  return (ENCODING_LABELS as Record<string, string>)[encoding] ?? encoding;
}

/** What the user is told when the text was not UTF-8, by encoding. */
export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'UTF-8': 'UTF-8',
  'UTF-16LE': 'UTF-16 (little-endian)',
  'UTF-16BE': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European, Latin-1)',
};

export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = detectEncoding(bytes);
  let text: string;
  try {
    // TextDecoder drops a leading BOM by itself; fatal makes invalid bytes an error, not U+FFFD.
    text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: `its bytes are not valid ${ENCODING_LABELS[encoding]} text.` };
  }
  if (!looksLikeText(text)) return { ok: false, reason: 'it holds binary data, not text.' };
  return { ok: true, text, encoding };
}

function detectEncoding(bytes: Uint8Array): TextEncodingName {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'UTF-8';
  if (a === 0xff && b === 0xfe) return 'UTF-16LE';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE';
  const zeroes = utf16ZeroPattern(bytes);
  if (zeroes) return zeroes;
  return isValidUtf8(bytes) ? 'UTF-8' : 'windows-1252';
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 without a BOM: mostly-Latin text has a zero in every other byte, which no 8-bit text has. */
function utf16ZeroPattern(bytes: Uint8Array): TextEncodingName | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 1024);
  if (sample < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZero += 1;
    if (bytes[i + 1] === 0) oddZero += 1;
  }
  const pairs = sample / 2;
  if (oddZero > pairs * 0.6 && evenZero === 0) return 'UTF-16LE';
  if (evenZero > pairs * 0.6 && oddZero === 0) return 'UTF-16BE';
  return undefined;
}

/** Real text has no NUL and almost no control characters; a binary file decoded as text has many. */
function looksLikeText(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if (code === 0) return false;
    const isControl = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
      (code >= 0x7f && code <= 0x9f);
    if (isControl) controls += 1;
  }
  return controls <= Math.max(2, sample.length * 0.01);
}

// Windows-1252's 0x80-0x9F (curly quotes, dashes, €); undefined bytes keep their C1 code. Decoded by
// hand because Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 and loses these.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes = Array.from(bytes.subarray(start, start + chunk), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}
