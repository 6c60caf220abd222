import type { ImportError } from './importer';

/**
 * Builds the refusal every importer returns: the message names the file and the reason in words a
 * user can act on, e.g. `“notes.txt” could not be imported: the file is empty.`
 */
export function importError(code: ImportError['code'], fileName: string, reason: string): ImportError {
  return { ok: false, code, message: `“${fileName}” could not be imported: ${reason}` };
}

/** The part of a file name after its last dot, lower case, or '' when it has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** A file name without its extension, as a title of last resort ("chapter-one.txt" -> "chapter-one"). */
export function baseNameOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).trim();
}
