/**
 * The document an export or import works on, as the exporters and importers take it. Today the
 * built-in article is the only document; the library replaces this lookup, not the exporters.
 */
import { article } from '../../data/article';
import { CallError } from '../contract/dispatch';
import { lecternDocumentIris, type ExportDocument } from '../domain/export/document';

const builtIn: ExportDocument = {
  id: article.id,
  title: article.title,
  author: article.author,
  sourceIris: lecternDocumentIris(article.id),
  blocks: article.paragraphs,
};

/** The document with this id, or a call error naming it. */
export function exportDocumentOf(documentId: string): ExportDocument {
  if (documentId !== builtIn.id) throw new CallError('invalid-input', `Unknown article: ${documentId}.`);
  return builtIn;
}

/** The document cards cite (each card names its paragraph; the deck belongs to the built-in article today). */
export function cardsDocument(): ExportDocument {
  return builtIn;
}
