import { LecternDocument, type ParsedDocument, type Section } from '../document/document';

/** The document's text as its hash sees it: every block's text, in order, joined by a blank line. */
export function documentText(sections: readonly Section[]): string {
  return sections.flatMap((section) => section.blocks.map((block) => block.text)).join('\n\n');
}

/** SHA-256 of the text's UTF-8 bytes, lower-case hex, with the Web Crypto both Node 20 and Chromium have. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Gives a parsed document what the library owns (its id and import time, passed in so importers stay
 * clock-free) and its text hash, and checks the result against the schema: the same text always gets
 * the same hash, which is how the library recognises a file imported twice.
 */
export async function finishDocument(
  parsed: ParsedDocument,
  { id, importedAt }: { id: string; importedAt: string },
): Promise<LecternDocument> {
  const textHash = await sha256Hex(documentText(parsed.sections));
  return LecternDocument.parse({
    id,
    title: parsed.title,
    author: parsed.author,
    source: parsed.source,
    importedAt,
    textHash,
    sections: parsed.sections,
  });
}
