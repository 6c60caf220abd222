/** Geometry of annotations in the article's paragraphs: what covers a point, where they overlap. */
import type { AnnotationView } from '../../../electron/contract/annotations';

/** A highlight piece in one paragraph: paragraph-local offsets, end exclusive. */
export type Piece = { id: string; paragraphId: string; start: number; end: number };

/** Every anchored annotation's pieces, in the order given; orphans have none. */
export function piecesOf(items: readonly AnnotationView[]): Piece[] {
  return items.flatMap((a) => (a.placement.status === 'anchored' ? a.placement.ranges.map((r) => ({ id: a.id, ...r })) : []));
}

/**
 * The annotations under a point of a paragraph, innermost (shortest) first, so a click on text
 * covered by two highlights opens the one drawn on top of it.
 */
export function annotationsAt(items: readonly AnnotationView[], paragraphId: string, offset: number): AnnotationView[] {
  const hits = items.filter(
    (a) => a.placement.status === 'anchored' && a.placement.ranges.some((r) => r.paragraphId === paragraphId && offset >= r.start && offset < r.end),
  );
  const length = (a: AnnotationView) => (a.placement.status === 'anchored' ? a.placement.end - a.placement.start : 0);
  return hits.sort((a, b) => length(a) - length(b));
}

/** The stretches covered by two or more pieces, per paragraph, merged and in order. */
export function overlaps(pieces: readonly Piece[]): Omit<Piece, 'id'>[] {
  const byParagraph = new Map<string, { at: number; delta: number }[]>();
  for (const piece of pieces) {
    const events = byParagraph.get(piece.paragraphId) ?? [];
    events.push({ at: piece.start, delta: 1 }, { at: piece.end, delta: -1 });
    byParagraph.set(piece.paragraphId, events);
  }
  const out: Omit<Piece, 'id'>[] = [];
  for (const [paragraphId, events] of byParagraph) {
    // Ends before starts at the same offset: touching highlights do not overlap.
    events.sort((a, b) => a.at - b.at || a.delta - b.delta);
    let depth = 0;
    let from = -1;
    for (const { at, delta } of events) {
      const before = depth;
      depth += delta;
      if (before < 2 && depth >= 2) from = at;
      if (before >= 2 && depth < 2 && at > from) {
        const last = out.at(-1);
        if (last && last.paragraphId === paragraphId && last.end === from) last.end = at;
        else out.push({ paragraphId, start: from, end: at });
      }
    }
  }
  return out;
}

/** A quote cut to about `max` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
