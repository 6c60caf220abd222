/** An annotation with where it sits in the document, the input of the annotation exports. */
import type { Annotation } from '../../contract/annotations';
import type { ExportDocument } from '../export/document';

/**
 * `paragraphId` is the block where the passage starts, or null for an orphan; `position` is where it
 * is anchored now (document offsets), null for an orphan; `start` orders within the document.
 */
export interface PlacedAnnotation {
  annotation: Annotation;
  paragraphId: string | null;
  start: number;
  position: { start: number; end: number } | null;
}

/**
 * Reading order: by block in the document's order, then by offset; orphans last, oldest first.
 * Returns the groups in order, orphans under the key null.
 */
export function groupByParagraph(document: ExportDocument, items: readonly PlacedAnnotation[]): { paragraphId: string | null; items: PlacedAnnotation[] }[] {
  const groups: { paragraphId: string | null; items: PlacedAnnotation[] }[] = [];
  for (const { id } of document.blocks) {
    const inside = items.filter((item) => item.paragraphId === id).sort((a, b) => a.start - b.start || byCreated(a, b));
    if (inside.length > 0) groups.push({ paragraphId: id, items: inside });
  }
  const known = new Set(document.blocks.map((p) => p.id));
  const orphans = items.filter((item) => item.paragraphId === null || !known.has(item.paragraphId)).sort(byCreated);
  if (orphans.length > 0) groups.push({ paragraphId: null, items: orphans });
  return groups;
}

function byCreated(a: PlacedAnnotation, b: PlacedAnnotation): number {
  return a.annotation.createdAt.localeCompare(b.annotation.createdAt) || a.annotation.id.localeCompare(b.annotation.id);
}
