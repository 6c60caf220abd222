import { decodeText, type DecodedText } from './decode-text';

/**
 * Bytes of an HTML or XHTML file to text: a byte order mark or valid UTF-8 wins; otherwise the
 * charset the page declares (`<meta charset>`, the XML declaration), else Windows-1252.
 */
export function decodeHtml(bytes: Uint8Array): DecodedText {
  const decoded = decodeText(bytes);
  if (!decoded.ok || decoded.encoding !== 'windows-1252') return decoded;
  const declared = declaredCharset(bytes);
  if (!declared) return decoded;
  try {
    const decoder = new TextDecoder(declared);
    const { encoding } = decoder;
    // Node 20 decodes windows-1252 as ISO-8859-1; the hand-written table is right, so keep it. A
    // page that declares UTF-16 in ASCII bytes is not UTF-16 (the WHATWG prescan reads it as UTF-8,
    // which these bytes are not), and "replacement" labels decode nothing. Checked before decoding,
    // so a label that is not used costs no second pass over the file.
    if (['windows-1252', 'utf-8', 'utf-16le', 'utf-16be', 'replacement'].includes(encoding)) return decoded;
    return { ok: true, text: decoder.decode(bytes), encoding };
  } catch {
    return decoded;
  }
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
}

/** True when the text starts like markup and names an HTML element near its top. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder(utf16Bom(bytes) ?? 'utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('<')) return false;
  return /<(!doctype\s+html|html|head|body|title|meta|article|main|p|div|h1)[\s>/]/i.test(head);
}

function utf16Bom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}
