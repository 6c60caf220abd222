/** An annotation with where it sits in the article, the input of both exports. */
import type { Annotation } from '../../contract/annotations';

/** `paragraphId` is where the passage starts, or null for an orphan; `start` orders within the article. */
export interface PlacedAnnotation {
  annotation: Annotation;
  paragraphId: string | null;
  start: number;
}

/** The article facts an export names. */
export interface ExportArticle {
  id: string;
  title: string;
  author: string;
  paragraphs: readonly { id: string }[];
}

/**
 * Reading order: by paragraph in the article's order, then by offset; orphans last, oldest first.
 * Returns the groups in order, orphans under the key null.
 */
export function groupByParagraph(article: ExportArticle, items: readonly PlacedAnnotation[]): { paragraphId: string | null; items: PlacedAnnotation[] }[] {
  const groups: { paragraphId: string | null; items: PlacedAnnotation[] }[] = [];
  for (const { id } of article.paragraphs) {
    const inside = items.filter((item) => item.paragraphId === id).sort((a, b) => a.start - b.start || byCreated(a, b));
    if (inside.length > 0) groups.push({ paragraphId: id, items: inside });
  }
  const known = new Set(article.paragraphs.map((p) => p.id));
  const orphans = items.filter((item) => item.paragraphId === null || !known.has(item.paragraphId)).sort(byCreated);
  if (orphans.length > 0) groups.push({ paragraphId: null, items: orphans });
  return groups;
}

function byCreated(a: PlacedAnnotation, b: PlacedAnnotation): number {
  return a.annotation.createdAt.localeCompare(b.annotation.createdAt) || a.annotation.id.localeCompare(b.annotation.id);
}
