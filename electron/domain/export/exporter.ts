/**
 * The interface every exporter implements (Markdown, JSON-LD, Anki TSV, Anki package, CSV): one
 * module each, listed once in `registry.ts`; the export menus come from that list.
 */
import type { CardProgress, CardView, ReviewEntry } from '../../contract/flashcards-values';
import type { PlacedAnnotation } from '../annotations/placed';
import type { ExportDocument } from './document';

/** What an annotation exporter writes from. */
export interface AnnotationExportInput {
  document: ExportDocument;
  annotations: readonly PlacedAnnotation[];
  exportedAt: string;
}

/** What a card exporter writes from: the cards with their progress, and the review log. */
export interface CardExportInput {
  /** The document a card cites (its source line names the document and the paragraph). */
  documentOf: (card: CardView) => ExportDocument;
  cards: readonly CardView[];
  progress: Readonly<Record<string, CardProgress>>;
  reviews: readonly ReviewEntry[];
  deckName: string;
  /** Whether the user chose to take their review history (FSRS progress) along, where the format can. */
  includeHistory: boolean;
  /** The user's desired retention, which Anki's FSRS needs beside each card's memory state. */
  desiredRetention: number;
  exportedAt: string;
}

export interface ExportSubjects {
  annotations: AnnotationExportInput;
  cards: CardExportInput;
}
export type ExportSubject = keyof ExportSubjects;

export interface Exporter<S extends ExportSubject = ExportSubject> {
  /** A short stable id, the `format` of the export call. */
  id: string;
  subject: S;
  /** The menu item: "Export Markdown". */
  label: string;
  extension: string;
  mimeType: string;
  /** True when the format can carry the review history (the menu then offers it). */
  carriesHistory?: boolean;
  /** Text for text formats, bytes for binary ones (the transport sends those as base64). */
  write(input: ExportSubjects[S]): string | Uint8Array | Promise<string | Uint8Array>;
}

/** Builds an exporter with its subject checked against its input type. */
export function defineExporter<S extends ExportSubject>(exporter: Exporter<S>): Exporter<S> {
  return exporter;
}
