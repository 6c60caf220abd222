/** The document an export or import works on, as the exporters and importers take it. */
import { lecternDocumentIris, type ExportDocument } from '../domain/export/document';
import type { LoadedDocument } from './library/loaded-document';

/** A library document as the exporters and importers see it: identity, the IRIs it answers to, its blocks. */
export function exportDocumentOf(loaded: LoadedDocument): ExportDocument {
  const { document } = loaded;
  return {
    id: document.id,
    title: document.title,
    author: document.author,
    sourceIris: lecternDocumentIris(document.id),
    blocks: loaded.blocks,
  };
}
