import { describeBinary } from './file-signature';
import { extensionOf, importError } from './import-error';
import type { DocumentImporter, ImportInput, ImportResult } from './importer';
import { joinWithAnd } from '../prose';

/** Caps checked before any importer sees the bytes. */
export const IMPORT_LIMITS = {
  /** The largest file accepted, in bytes (50 MB). */
  fileBytes: 50 * 1024 * 1024,
} as const;

/** One entry of a file chooser's type filter (Electron's `dialog` filters take this shape). */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface ImportRegistry {
  readonly importers: readonly DocumentImporter[];
  /** Every extension some importer accepts, lower case, without the dot. */
  readonly acceptedExtensions: readonly string[];
  /** One filter per format, plus "All supported" first, for the file chooser. */
  readonly fileFilters: readonly FileFilter[];
  /** Picks the importer by extension, checks the bytes are what the extension says, and parses. */
  importFile(input: ImportInput): Promise<ImportResult>;
}

/**
 * A registry over a list of importers: adding a format is its module plus one line in the list.
 * A file is imported by the importer of its extension, and refused when its bytes say otherwise;
 * a file without an extension goes to the first importer whose sniff accepts it (list the most
 * specific formats first).
 */
export function createImportRegistry(importers: readonly DocumentImporter[]): ImportRegistry {
  const acceptedExtensions = [...new Set(importers.flatMap((importer) => importer.extensions))];
  const fileFilters: FileFilter[] = [
    { name: 'All supported', extensions: acceptedExtensions },
    ...importers
      .filter((importer) => importer.extensions.length > 0)
      .map((importer) => ({ name: importer.label, extensions: [...importer.extensions] })),
  ];

  async function importFile(input: ImportInput): Promise<ImportResult> {
    const { bytes, fileName } = input;
    if (bytes.length > IMPORT_LIMITS.fileBytes) {
      return importError('too-large', fileName, `it is ${megabytes(bytes.length)}, over the ${megabytes(IMPORT_LIMITS.fileBytes)} a file may be.`);
    }
    if (bytes.length === 0) return importError('empty', fileName, 'the file is empty.');
    const chosen = choose(input);
    if (!chosen.ok) return chosen;
    input.onProgress?.(0);
    let result: ImportResult;
    try {
      result = await chosen.importer.parse(input);
    } catch (error) {
      // Importers return their refusals; a throw is a damaged file a parser choked on.
      const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
      return importError('unreadable', fileName, `it is damaged or not ${withArticle(chosen.importer.label)} file${detail}.`);
    }
    if (result.ok) input.onProgress?.(1);
    return result;
  }

  function choose(input: ImportInput): { ok: true; importer: DocumentImporter } | ReturnType<typeof importError> {
    const extension = extensionOf(input.fileName);
    if (extension === '') {
      const sniffed = importers.find((importer) => importer.extensions.length > 0 && importer.sniff(input));
      if (sniffed) return { ok: true, importer: sniffed };
      return importError('wrong-type', input.fileName, `${whatItIs(input)}Lectern imports ${listExtensions(acceptedExtensions)} files.`);
    }
    const importer = importers.find((candidate) => candidate.extensions.includes(extension));
    if (!importer) {
      return importError('wrong-type', input.fileName, `${whatItIs(input)}Lectern imports ${listExtensions(acceptedExtensions)} files, not .${extension}.`);
    }
    if (!importer.sniff(input)) {
      const actual = importers.find((other) => other !== importer && other.extensions.length > 0 && other.sniff(input));
      const looksLike = describeBinary(input.bytes) ?? (actual ? `${withArticle(actual.label)} file` : undefined);
      const reason = looksLike ? undefined : importer.refuse?.(input);
      if (reason) return importError('unreadable', input.fileName, reason);
      return importError('wrong-type', input.fileName, `it is not ${withArticle(importer.label)} file${looksLike ? `; it looks like ${looksLike}` : ''}. Check that its name ends in the right extension.`);
    }
    return { ok: true, importer };
  }

  return { importers, acceptedExtensions, fileFilters, importFile };
}

function whatItIs(input: ImportInput): string {
  const binary = describeBinary(input.bytes);
  return binary ? `it looks like ${binary}; ` : '';
}

function listExtensions(extensions: readonly string[]): string {
  return joinWithAnd(extensions.map((extension) => `.${extension}`));
}

function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
}

function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}
