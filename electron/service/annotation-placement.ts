/** Places stored annotations in their document's text as it is now (re-anchoring), for the UI and the exports. */
import type { Annotation, AnnotationView, Placement } from '../contract/annotations';
import { anchor, toParagraphRange } from '../domain/anchoring';
import type { PlacedAnnotation } from '../domain/annotations/placed';
import type { LoadedDocument } from './library/loaded-document';

/** Where the annotation's passage is today: its block pieces, or orphaned with the reason. */
export function placementOf(annotation: Annotation, document: LoadedDocument): Placement {
  const result = anchor(document.text, annotation.target);
  if (result.status === 'orphaned') return result;
  const ranges = toParagraphRange(document.offsets, result.start, result.end).map(({ id, start, end }) => ({ paragraphId: id, start, end }));
  return { status: 'anchored', method: result.method, start: result.start, end: result.end, ranges };
}

export function viewOf(annotation: Annotation, document: LoadedDocument): AnnotationView {
  return { ...annotation, placement: placementOf(annotation, document) };
}

/** The annotation with its block and offset, as the exports group them. */
export function placed(view: AnnotationView): PlacedAnnotation {
  const { placement, ...annotation } = view;
  if (placement.status === 'orphaned') return { annotation, paragraphId: null, start: Number.MAX_SAFE_INTEGER, position: null };
  const position = { start: placement.start, end: placement.end };
  return { annotation, paragraphId: placement.ranges[0]?.paragraphId ?? null, start: placement.start, position };
}
