/** Annotations as a W3C Web Annotation `AnnotationCollection` in JSON-LD, which `parseJsonLd` reads back. */
import { ANNO_CONTEXT, ANNOTATION_URN, ARTICLE_URN, LECTERN_NS } from './jsonld';
import { groupByParagraph, type ExportArticle, type PlacedAnnotation } from './placed';

type Body = { type: 'TextualBody'; value: string; format?: 'text/plain'; purpose: 'commenting' | 'tagging' };

function toW3c({ annotation }: PlacedAnnotation): Record<string, unknown> {
  const { quote, position } = annotation.target;
  const body: Body[] = [];
  if (annotation.note.length > 0) body.push({ type: 'TextualBody', value: annotation.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    id: `${ANNOTATION_URN}${annotation.id}`,
    type: 'Annotation',
    motivation: annotation.note.length > 0 ? 'commenting' : 'highlighting',
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    'lectern:color': annotation.color,
    body,
    target: {
      source: `${ARTICLE_URN}${annotation.documentId}`,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
}

/** The collection, annotations in reading order (orphans last), pretty-printed. */
export function toJsonLd(article: ExportArticle, items: readonly PlacedAnnotation[], exportedAt: string): string {
  const ordered = groupByParagraph(article, items).flatMap((group) => group.items);
  const collection = {
    '@context': [ANNO_CONTEXT, { lectern: LECTERN_NS }],
    id: `${ARTICLE_URN}${article.id}:annotations`,
    type: 'AnnotationCollection',
    label: `Annotations: ${article.title}`,
    generated: exportedAt,
    total: ordered.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: ordered.map(toW3c) },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
