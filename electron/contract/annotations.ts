/** Annotations methods and the part of the user's data document they own. */
import { z } from 'zod';
import { AnchorMethod, OrphanReason, Target } from '../domain/anchoring/types';
import {
  ANNOTATION_COLORS,
  MAX_IMPORT_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
} from './annotation-values';
import { DocumentId } from '../domain/document/document';
import type { ContractSpec } from './spec';
import { FormatId } from './transfer';

/** An annotation's id: letters, digits, `_` and `-` (a UUID, or an id kept from an import). */
export const AnnotationId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'an annotation id is letters, digits, "_" and "-"')
  .brand<'AnnotationId'>();
export type AnnotationId = z.infer<typeof AnnotationId>;


export const AnnotationColor = z.enum(ANNOTATION_COLORS);
export type AnnotationColor = z.infer<typeof AnnotationColor>;

/** A note: plain text with line breaks, at most 10,000 characters. */
export const Note = z.string().max(MAX_NOTE_LENGTH, `a note holds at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters`);

/** A tag: one line of at most 64 characters, not blank. */
export const Tag = z
  .string()
  .trim()
  .min(1, 'a tag cannot be empty')
  .max(MAX_TAG_LENGTH, `a tag holds at most ${MAX_TAG_LENGTH} characters`)
  .regex(/^[^\n\r\t]*$/, 'a tag is one line');

export const Tags = z.array(Tag).max(MAX_TAGS, `an annotation holds at most ${MAX_TAGS} tags`);

const Timestamp = z.iso.datetime();

/** One annotation as stored: W3C selectors for its passage, a colour, a note and tags. */
export const Annotation = z.object({
  id: AnnotationId,
  documentId: DocumentId,
  target: Target,
  color: AnnotationColor,
  note: Note,
  tags: Tags,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** The id another tool gave it (an http IRI, say), kept from an import so importing again matches it. */
  sourceId: z.string().min(1).max(2000).optional(),
});
export type Annotation = z.infer<typeof Annotation>;

/** A piece of an anchored passage inside one paragraph, paragraph-local offsets, end exclusive. */
export const PassageRange = z.object({ paragraphId: z.string().min(1).max(64), start: z.int().min(0), end: z.int().min(0) });
export type PassageRange = z.infer<typeof PassageRange>;

/** Where an annotation sits in today's article text, or why it cannot be placed (kept, never dropped). */
export const Placement = z.discriminatedUnion('status', [
  z.object({ status: z.literal('anchored'), method: AnchorMethod, start: z.int().min(0), end: z.int().min(0), ranges: z.array(PassageRange) }),
  z.object({ status: z.literal('orphaned'), reason: OrphanReason }),
]);
export type Placement = z.infer<typeof Placement>;

/** An annotation with its placement in the article as it is now. */
export const AnnotationView = Annotation.extend({ placement: Placement });
export type AnnotationView = z.infer<typeof AnnotationView>;

/** One end of a selection: a paragraph and a character offset inside it. */
export const TextPoint = z.object({ paragraphId: z.string().min(1).max(64), offset: z.int().min(0).max(1_000_000) }).strict();

/** One line of the import report: what happened to one entry of the file, and why when it was skipped. */
export const ImportReportEntry = z.object({
  label: z.string(),
  outcome: z.enum(['added', 'updated', 'unchanged', 'skipped']),
  /** Why it was skipped, or what was changed to fit Lectern (an HTML note made text). */
  detail: z.string().nullable(),
});
export type ImportReportEntry = z.infer<typeof ImportReportEntry>;

/** The whole report: the format recognised, counts, every entry, and the annotations written. */
export const ImportReport = z.object({
  format: z.string(),
  added: z.int().min(0),
  updated: z.int().min(0),
  unchanged: z.int().min(0),
  skipped: z.int().min(0),
  entries: z.array(ImportReportEntry),
  annotations: z.array(AnnotationView),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ExportedFile = z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() });
export type ExportedFile = z.infer<typeof ExportedFile>;

const ExportInput = z.object({ documentId: DocumentId, format: FormatId }).strict();

export const annotationsContract = {
  'annotations.list': {
    input: z.object({ documentId: DocumentId }).strict(),
    output: z.array(AnnotationView),
  },
  'annotations.create': {
    input: z
      .object({
        documentId: DocumentId,
        from: TextPoint,
        to: TextPoint,
        color: AnnotationColor,
        note: Note.default(''),
        tags: Tags.default([]),
      })
      .strict(),
    output: AnnotationView,
  },
  'annotations.update': {
    input: z.object({ id: AnnotationId, color: AnnotationColor.optional(), note: Note.optional(), tags: Tags.optional() }).strict(),
    output: AnnotationView,
  },
  /** Deletes one annotation and answers with it, so the UI can offer Undo. */
  'annotations.delete': {
    input: z.object({ id: AnnotationId }).strict(),
    output: z.object({ deleted: Annotation }),
  },
  /** Puts a deleted annotation back exactly as it was (Undo). */
  'annotations.restore': {
    input: z.object({ annotation: Annotation }).strict(),
    output: AnnotationView,
  },
  /**
   * Reads another tool's annotation file (W3C Web Annotation JSON-LD, Hypothesis JSON), recognised by
   * shape: matched ones updated or left unchanged, new ones added, unusable ones skipped with why.
   */
  'annotations.import': {
    input: z.object({ documentId: DocumentId, text: z.string().min(1, 'the file is empty').max(MAX_IMPORT_LENGTH, `the file is larger than ${MAX_IMPORT_LENGTH.toLocaleString('en')} characters`) }).strict(),
    output: ImportReport,
  },
  /** The annotations as a file's content (the web version downloads it). */
  'annotations.export': { input: ExportInput, output: ExportedFile },
  /**
   * Saves the export through the desktop's save dialog. Answers `unavailable` where there is no such
   * dialog (the web version), so the caller downloads `annotations.export` instead.
   */
  'annotations.saveExport': {
    input: ExportInput,
    output: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('saved'), path: z.string() }),
      z.object({ outcome: z.literal('cancelled') }),
      z.object({ outcome: z.literal('unavailable') }),
    ]),
  },
} as const satisfies ContractSpec;

/**
 * Top-level fields this feature adds to the store document. Each has a `.default(...)`, so a
 * document saved before the feature existed still validates (no schemaVersion bump needed).
 */
export const annotationsStoreShape = {
  annotations: z.array(Annotation).default([]),
} satisfies Record<string, z.ZodType>;
