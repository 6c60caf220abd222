import type { AnnotationImporter } from '../domain/annotations/import/importer';
import type { AnyExporter } from '../domain/export/registry';
import type { Store } from '../store/store';

/** A file to save: text, or bytes for binary formats (an Anki package). `title` heads the dialog. */
export type FileToSave = { fileName: string; mimeType: string; content: string | Uint8Array; title?: string };

/** Asks the person where to save a file and writes it there (Electron's save dialog). */
export type SaveFile = (file: FileToSave) => Promise<{ outcome: 'saved'; path: string } | { outcome: 'cancelled' }>;

/** What every feature's handlers are built from. */
export interface ServiceDeps {
  store: Store;
  /** Injectable clock, so tests can travel in time. */
  now?: () => Date;
  /** The desktop's save dialog; null where there is none (the web host downloads instead). */
  saveFile?: SaveFile | null;
  /** New annotation ids; injectable so tests get predictable ones. */
  newId?: () => string;
  /** The seed of each new self-test attempt: random in production, fixed in tests (`--seed N`). */
  seed?: () => number;
  /** The export formats (the registry's list; a test may add one of its own). */
  exporters?: readonly AnyExporter[];
  /** The annotation import formats, in sniffing order. */
  annotationImporters?: readonly AnnotationImporter[];
}
