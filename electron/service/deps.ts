import type { AnnotationImporter } from '../domain/annotations/import/importer';
import type { AnyExporter } from '../domain/export/registry';
import type { ImportInput, ImportResult } from '../domain/import/importer';
import type { LecternDocument, ParsedDocument } from '../domain/document/document';
import type { Store } from '../store/store';
import type { LoadedPack } from './library/builtin-pack';
import type { DocumentCatalog } from './library/documents';

/** A file to save: text, or bytes for binary formats (an Anki package). `title` heads the dialog. */
export type FileToSave = { fileName: string; mimeType: string; content: string | Uint8Array; title?: string };

/** Asks the person where to save a file and writes it there (Electron's save dialog). */
export type SaveFile = (file: FileToSave) => Promise<{ outcome: 'saved'; path: string } | { outcome: 'cancelled' }>;

/** A file the person picked in the desktop's open dialog, read by the main side (never sent by the renderer). */
export type PickedFile = { fileName: string; bytes: Uint8Array };
/** A file to import, with the signal of whoever asked going away (the web host's upload connection closed). */
export type FileToImport = PickedFile & { signal?: AbortSignal };
/** A file picked in the dialog, not read yet: read when its turn in the import comes (its size checked first). */
export type PickedPath = { fileName: string; read(): Promise<PickedFile> };
/** The desktop's open dialog: the files picked, in the order given, or null when it was closed. */
export type PickImportFiles = () => Promise<readonly PickedPath[] | null>;

/** The importers (electron/domain/import): bytes to a parsed document, and a parsed one to a library document. */
export interface ImportPipeline {
  importFile(input: ImportInput): Promise<ImportResult>;
  /** A file is about to come (the open dialog is up, an upload has begun): get its reader ready. */
  prepare?(): void;
  importPastedText(paste: { text: string; title: string; author: string }): Promise<ImportResult>;
  finishDocument(parsed: ParsedDocument, meta: { id: string; importedAt: string }): Promise<LecternDocument>;
  acceptedExtensions: readonly string[];
}

/** What every feature's handlers are built from. */
export interface ServiceDeps {
  store: Store;
  /** Injectable clock, so tests can travel in time. */
  now?: () => Date;
  /** The desktop's save dialog; null where there is none (the web host downloads instead). */
  saveFile?: SaveFile | null;
  /** The desktop's open dialog for an import; null where there is none (the web host uploads instead). */
  pickImportFiles?: PickImportFiles | null;
  /**
   * The built import worker (dist/electron/import-worker.mjs): files are then read on a thread of
   * their own, within time and memory limits. Without it (unit tests), they are read in-process.
   */
  importWorker?: URL;
  /** New annotation ids; injectable so tests get predictable ones. */
  newId?: () => string;
  /** The seed of each new self-test attempt: random in production, fixed in tests (`--seed N`). */
  seed?: () => number;
  /** The export formats (the registry's list; a test may add one of its own). */
  exporters?: readonly AnyExporter[];
  /** The annotation import formats, in sniffing order. */
  annotationImporters?: readonly AnnotationImporter[];
  /** The built-in study packs; tests may bring their own. */
  packs?: readonly LoadedPack[];
  /** How files become documents (electron/domain/import by default); tests may bring their own. */
  importer?: ImportPipeline;
}

/** What each feature's handlers get: the deps with their defaults, and the library's documents. */
export type ServiceContext = Required<Omit<ServiceDeps, 'importWorker'>> & { documents: DocumentCatalog };
