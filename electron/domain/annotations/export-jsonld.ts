/**
 * Annotations as a W3C Web Annotation `AnnotationCollection` in JSON-LD (one embedded
 * `AnnotationPage`), which the W3C importer reads back. Follows the model's MUSTs: every resource
 * has an IRI id, a page names its collection (`partOf`), a body is present only when there is one.
 */
import type { ExportDocument } from '../export/document';
import { documentIri } from '../export/document';
import { ANNO_CONTEXT, annotationIri, LECTERN_NS } from './jsonld';
import { groupByParagraph, type PlacedAnnotation } from './placed';

type Body = { type: 'TextualBody'; value: string; format?: 'text/plain'; purpose: 'commenting' | 'tagging' };

function selectorsOf({ annotation, position }: PlacedAnnotation): Record<string, unknown>[] {
  const { exact, prefix, suffix } = annotation.target.quote;
  const quote: Record<string, unknown> = { type: 'TextQuoteSelector', exact };
  if (prefix.length > 0) quote.prefix = prefix;
  if (suffix.length > 0) quote.suffix = suffix;
  // Where the quote is anchored now, so both selectors of the target agree; an orphan has no position.
  return position ? [quote, { type: 'TextPositionSelector', start: position.start, end: position.end }] : [quote];
}

function toW3c(item: PlacedAnnotation, source: string): Record<string, unknown> {
  const { annotation } = item;
  const body: Body[] = [];
  if (annotation.note.length > 0) body.push({ type: 'TextualBody', value: annotation.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    // A foreign id kept from an import is written back, so the other tool recognises its annotation.
    id: annotation.sourceId ?? annotationIri(annotation.id),
    type: 'Annotation',
    motivation: annotation.note.length > 0 ? 'commenting' : 'highlighting',
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    'lectern:color': annotation.color,
    ...(body.length > 0 ? { body } : {}),
    target: { source, selector: selectorsOf(item) },
  };
}

/** The collection, annotations in reading order (orphans last), pretty-printed. */
export function toJsonLd(document: ExportDocument, items: readonly PlacedAnnotation[], exportedAt: string): string {
  const source = documentIri(document);
  const ordered = groupByParagraph(document, items).flatMap((group) => group.items);
  const collectionId = `${source}/annotations`;
  const pageId = `${collectionId}/page-1`;
  const collection = {
    '@context': [ANNO_CONTEXT, { lectern: LECTERN_NS }],
    id: collectionId,
    type: 'AnnotationCollection',
    label: `Annotations: ${document.title}`,
    generated: exportedAt,
    total: ordered.length,
    first: {
      id: pageId,
      type: 'AnnotationPage',
      partOf: { id: collectionId, total: ordered.length },
      startIndex: 0,
      items: ordered.map((item) => toW3c(item, source)),
    },
    last: pageId,
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
