/**
 * The interface every annotation importer implements (W3C Web Annotation, Hypothesis): `sniff`
 * recognises a file by its shape, `parse` turns it into candidates and skips, each skip with the
 * reason a person can read. Importers are pure and take the document they import into.
 */
import type { Target } from '../../anchoring/types';
import type { AnnotationColor } from '../../../contract/annotation-values';
import type { ExportDocument } from '../../export/document';

/** One annotation read from a file, ready to be matched against what is stored. */
export interface ImportCandidate {
  /** A Lectern id found in the file (its own export), or null. */
  lecternId: string | null;
  /** The other tool's id (an IRI), kept so a second import matches it; null when the file has none. */
  sourceId: string | null;
  target: Target;
  color: AnnotationColor;
  note: string;
  tags: string[];
  /** Normalised to UTC, or null when the file has no valid time. */
  createdAt: string | null;
  updatedAt: string | null;
  /** What was changed to fit Lectern (an HTML note made text, a long prefix cut), for the report. */
  changes: string[];
}

/** One entry of the file, in file order: an annotation to import, or one skipped with why. */
export type ImportItem =
  | { kind: 'annotation'; index: number; label: string; candidate: ImportCandidate }
  | { kind: 'skipped'; index: number; label: string; reason: string };

export type ParsedAnnotationFile = { ok: true; format: string; items: ImportItem[] } | { ok: false; message: string };

export interface AnnotationImporter {
  /** A short stable id, e.g. 'w3c' or 'hypothesis'. */
  id: string;
  /** What the file chooser and the report call the format. */
  label: string;
  /** File name extensions, lower case, without the dot. */
  extensions: readonly string[];
  mimeTypes: readonly string[];
  /** True when the parsed JSON has this format's shape (whatever the file is called). */
  sniff(json: unknown): boolean;
  parse(json: unknown, document: ExportDocument): ParsedAnnotationFile;
}

/** Most annotations one file may hold. */
export const MAX_IMPORTED = 10_000;

/** A short label of an entry for the report: its quote's beginning, else its position in the file. */
export function labelOf(index: number, exact: string | null): string {
  if (exact === null || exact.trim().length === 0) return `Annotation ${index + 1}`;
  const oneLine = exact.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > 60 ? `${oneLine.slice(0, 59)}…` : oneLine}”`;
}
