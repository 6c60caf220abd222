import type { ParsedDocument } from '../document/document';

/**
 * The interface every document importer implements (txt, md, html, epub, paste, pack): bytes in,
 * a parsed document or a readable error out. Importers are pure: no fs, no electron, no clock.
 */

/** Why an import was refused, in words a user can act on; `fileName` is named in the message. */
export interface ImportError {
  ok: false;
  code: 'too-large' | 'empty' | 'unreadable' | 'wrong-type' | 'drm' | 'zip-bomb' | 'too-many-entries' | 'unsupported';
  message: string;
}

export type ImportResult = { ok: true; document: ParsedDocument; warnings: string[] } | ImportError;

export interface ImportInput {
  bytes: Uint8Array;
  /** The file's name as the user picked it (no folder); paste uses a name of its own. */
  fileName: string;
  /** Reports progress between 0 and 1 for large files; optional. */
  onProgress?: (fraction: number) => void;
  /** Aborted when the person stops the import; an importer on its own thread is ended then. */
  signal?: AbortSignal;
  /** What the user typed in the "Paste text" dialog; file importers take the title from the file. */
  title?: string;
  author?: string;
}

export interface DocumentImporter {
  /** A short stable id: 'txt', 'md', 'html', 'epub', 'paste', 'pack'. */
  id: string;
  /** What the file chooser shows for this format, e.g. "Plain text". */
  label: string;
  /** File name extensions this importer accepts, lower case, without the dot. */
  extensions: readonly string[];
  /** True when the bytes look like this format (magic numbers, markup), whatever the extension says. */
  sniff(input: ImportInput): boolean;
  /**
   * Why a file with this importer's extension that sniff refused, and that looks like no other
   * format, cannot be read ("its bytes are not valid UTF-16 text"), when the importer can say more
   * than that it is not of its kind.
   */
  refuse?(input: ImportInput): string | undefined;
  parse(input: ImportInput): ImportResult | Promise<ImportResult>;
}
