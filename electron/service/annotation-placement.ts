/** Places stored annotations in the article as it is now (re-anchoring), for the UI and the exports. */
import { article } from '../../data/article';
import type { Annotation, AnnotationView, Placement } from '../contract/annotations';
import { anchor, articleText, paragraphOffsets, toParagraphRange } from '../domain/anchoring';
import type { PlacedAnnotation } from '../domain/annotations/placed';

/** The article text selectors refer to, and its paragraphs' offsets: computed once, the article is read-only. */
export const ARTICLE_TEXT = articleText(article.paragraphs);
export const ARTICLE_OFFSETS = paragraphOffsets(article.paragraphs);

/** Where the annotation's passage is today: its paragraph pieces, or orphaned with the reason. */
export function placementOf(annotation: Annotation): Placement {
  const result = anchor(ARTICLE_TEXT, annotation.target);
  if (result.status === 'orphaned') return result;
  const ranges = toParagraphRange(ARTICLE_OFFSETS, result.start, result.end).map(({ id, start, end }) => ({ paragraphId: id, start, end }));
  return { status: 'anchored', method: result.method, start: result.start, end: result.end, ranges };
}

export function viewOf(annotation: Annotation): AnnotationView {
  return { ...annotation, placement: placementOf(annotation) };
}

/** The annotation with its paragraph and offset, as the exports group them. */
export function placed(view: AnnotationView): PlacedAnnotation {
  const { placement, ...annotation } = view;
  if (placement.status === 'orphaned') return { annotation, paragraphId: null, start: Number.MAX_SAFE_INTEGER, position: null };
  const position = { start: placement.start, end: placement.end };
  return { annotation, paragraphId: placement.ranges[0]?.paragraphId ?? null, start: placement.start, position };
}
