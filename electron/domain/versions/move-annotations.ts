/** Moves annotations onto a newer version of their text: found again by quote and context, or kept as orphans. */
import type { Annotation } from '../../contract/annotations';
import { DEFAULT_CONTEXT_LENGTH, anchor, describeRange, type AnchorMethod } from '../anchoring';
import type { VersionText } from './version-text';

export type MovedAnnotation =
  | { placed: true; method: AnchorMethod; annotation: Annotation }
  | { placed: false; annotation: Annotation };

/**
 * The annotation on the new document. Found (at its offsets, as the exact quote elsewhere, or as an
 * approximate quote): its selectors are described afresh from the new text, so later loads find it
 * at once. Not found: its old selectors stay as they were, so it shows as orphaned with its quote
 * and note, never dropped. Either way it keeps its id, colour, note, tags and creation time.
 */
export function moveAnnotation(annotation: Annotation, to: VersionText, toId: string, at: string): MovedAnnotation {
  const moved = { ...annotation, documentId: toId, updatedAt: at };
  const found = anchor(to.text, annotation.target);
  if (found.status === 'orphaned') return { placed: false, annotation: moved };
  try {
    return { placed: true, method: found.method, annotation: { ...moved, target: describeRange(to.text, found.start, found.end, DEFAULT_CONTEXT_LENGTH) } };
  } catch {
    // A fuzzy match longer than a selector may hold: keep the old selectors rather than a cut quote.
    return { placed: false, annotation: moved };
  }
}
