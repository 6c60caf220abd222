/** A note's fields as Anki stores them: HTML, joined by the unit separator, with the sort text and checksum. */

/** Plain text as an Anki field: HTML-significant characters escaped, line breaks as `<br>`. */
export function htmlField(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replace(/\r\n|\r|\n/g, '<br>');
}

/** What Anki keeps as the sort field (`sfld`) and checksums: the field without markup. */
export function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/**
 * Anki's duplicate-check checksum (`csum`): the first 8 hex digits of the SHA-1 of the stripped
 * first field, as a number. Web Crypto is global in Node 20 and Electron, so no import is needed.
 */
export async function fieldChecksum(firstField: string): Promise<number> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(stripHtml(firstField)));
  const bytes = new Uint8Array(digest);
  return ((bytes[0]! << 24) >>> 0) + (bytes[1]! << 16) + (bytes[2]! << 8) + bytes[3]!;
}

/** The `flds` column: fields joined by U+001F. */
export function joinFields(fields: readonly string[]): string {
  return fields.join('\u001f');
}
