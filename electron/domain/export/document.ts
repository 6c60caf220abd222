/**
 * What every exporter and importer knows about the document it works on, passed in by the caller
 * (the library holds many documents; none of these modules reads `data/article.json`).
 */

/** A document as exports and imports see it: its identity and its text blocks in reading order. */
export interface ExportDocument {
  id: string;
  title: string;
  author: string;
  /** The IRI annotations name as their `target.source`; the first is written, all are recognised. */
  sourceIris: readonly [string, ...string[]];
  /** Text blocks in reading order; selectors' offsets count over them joined by a blank line. */
  blocks: readonly { id: string; text: string }[];
}

/** The IRI a document's annotations point at when written. */
export function documentIri(document: ExportDocument): string {
  return document.sourceIris[0];
}

/** Where Lectern's own IRIs live: `.invalid` never resolves, so these name things without pretending to be pages. */
export const LECTERN_BASE = 'https://lectern.invalid/';

/** The canonical IRI of a Lectern document, and the one exports before issue 11 wrote (still recognised on import). */
export function lecternDocumentIris(id: string): [string, string] {
  return [`${LECTERN_BASE}documents/${id}`, `urn:lectern:article:${id}`];
}
