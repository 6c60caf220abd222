/**
 * The library's importers: bytes in, a parsed document or a readable refusal out. Pure: no fs, no
 * electron, no clock. The library calls `importFile`, then `finishDocument` with the id and time it
 * chose. A new format is one module and one line in `documentImporters`.
 */
import type { ParsedDocument } from '../document/document';
import { createImportRegistry } from './import-registry';
import type { DocumentImporter, ImportResult } from './importer';
import { epubImporter } from './epub/epub-importer';
import { htmlImporter } from './html-importer';
import { markdownImporter } from './markdown-importer';
import { PASTE_NAME, pasteImporter } from './paste-importer';
import { txtImporter } from './txt-importer';
import { packImporter } from '../pack/pack-importer';

/** Most specific formats first: a file without an extension goes to the first that sniffs it. */
export const documentImporters: readonly DocumentImporter[] = [epubImporter, htmlImporter, txtImporter, markdownImporter, packImporter, pasteImporter];

const registry = createImportRegistry(documentImporters);

export const { acceptedExtensions, fileFilters, importFile } = registry;

/** Imports what the user pasted, with the title and author they typed (either may be empty). */
export function importPastedText(paste: { text: string; title: string; author: string }): Promise<ImportResult> {
  return Promise.resolve(
    pasteImporter.parse({
      bytes: new TextEncoder().encode(paste.text),
      fileName: PASTE_NAME,
      title: paste.title,
      author: paste.author,
    }),
  );
}

export { createImportRegistry, IMPORT_LIMITS, type FileFilter, type ImportRegistry } from './import-registry';
export { documentText, finishDocument, sha256Hex } from './finish-document';
export type { DocumentImporter, ImportError, ImportInput, ImportResult } from './importer';
export type { ParsedDocument };
