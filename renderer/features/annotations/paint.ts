/**
 * Paints annotations over the article with the CSS Custom Highlight API: one Highlight per colour,
 * one for stretches where highlights overlap, one for the annotation being edited and one for a
 * short flash after a jump. The paragraphs' text nodes are never touched.
 */
import type { AnnotationView } from '../../../electron/contract/annotations';
import { ANNOTATION_COLORS } from '../../../electron/contract/annotation-values';
import { rangeForOffsets } from '../reader/text-offsets';
import { overlaps, piecesOf, type Piece } from './annotation-ranges';

export const highlightName = (color: string) => `annotation-${color}`;
export const OVERLAP = 'annotation-overlap';
export const ACTIVE = 'annotation-active';
export const FLASH = 'annotation-flash';

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS;

export function paragraphElement(article: HTMLElement, id: string): HTMLElement | null {
  return article.querySelector<HTMLElement>(`[data-paragraph-id="${CSS.escape(id)}"]`);
}

/** DOM ranges of pieces; pieces whose paragraph is missing are skipped. */
export function rangesOf(article: HTMLElement, pieces: readonly Omit<Piece, 'id'>[]): Range[] {
  const elements = new Map<string, HTMLElement | null>();
  const ranges: Range[] = [];
  for (const piece of pieces) {
    if (!elements.has(piece.paragraphId)) elements.set(piece.paragraphId, paragraphElement(article, piece.paragraphId));
    const element = elements.get(piece.paragraphId);
    if (element) ranges.push(rangeForOffsets(element, piece.start, piece.end));
  }
  return ranges;
}

function setHighlight(name: string, ranges: Range[], priority: number): void {
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
}

/** Draws every anchored annotation, the overlaps and the active one; returns the time it took, in ms. */
export function paintAnnotations(article: HTMLElement, items: readonly AnnotationView[], activeId: string | null): number {
  if (!supported()) return 0;
  const started = performance.now();
  ANNOTATION_COLORS.forEach((color, index) => {
    setHighlight(highlightName(color), rangesOf(article, piecesOf(items.filter((a) => a.color === color))), index + 1);
  });
  const pieces = piecesOf(items);
  setHighlight(OVERLAP, rangesOf(article, overlaps(pieces)), 10);
  setHighlight(ACTIVE, rangesOf(article, pieces.filter((p) => p.id === activeId)), 11);
  const duration = performance.now() - started;
  // A user-timing entry, so the perf spec (and anyone profiling) can read what drawing cost.
  performance.measure('lectern:annotations-paint', { start: started, duration, detail: { count: items.length } });
  return duration;
}

export function clearAnnotations(): void {
  if (!supported()) return;
  for (const color of ANNOTATION_COLORS) CSS.highlights.delete(highlightName(color));
  for (const name of [OVERLAP, ACTIVE, FLASH]) CSS.highlights.delete(name);
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Paints `ranges` with the flash highlight for a moment (it fades out by being removed). */
export function flash(ranges: Range[]): void {
  if (!supported()) return;
  clearTimeout(flashTimer);
  setHighlight(FLASH, ranges, 12);
  flashTimer = setTimeout(() => CSS.highlights.delete(FLASH), 1600);
}
