/** Reads the page's selection and pointer positions as paragraph offsets of the article. */
import { offsetWithin } from '../reader/text-offsets';
import type { TextPoint } from './useAnnotations';

function paragraphs(article: HTMLElement): HTMLElement[] {
  return [...article.querySelectorAll<HTMLElement>('[data-paragraph-id]')];
}

/**
 * The selection's ends as paragraph offsets, or null when it is collapsed or touches no paragraph.
 * A selection that starts or ends outside the paragraphs (in the title, say) is clipped to them.
 */
export function selectionPoints(article: HTMLElement, selection: Selection | null): { from: TextPoint; to: TextPoint } | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const touched = paragraphs(article).filter((p) => range.intersectsNode(p));
  const first = touched[0];
  const last = touched.at(-1);
  if (!first || !last) return null;
  const startOffset = offsetWithin(first, range.startContainer, range.startOffset) ?? 0;
  const endOffset = offsetWithin(last, range.endContainer, range.endOffset) ?? (last.textContent ?? '').length;
  const from = { paragraphId: first.dataset.paragraphId ?? '', offset: startOffset };
  const to = { paragraphId: last.dataset.paragraphId ?? '', offset: endOffset };
  if (first === last && startOffset === endOffset) return null;
  return { from, to };
}

/** The paragraph and offset under a viewport point, or null off the article's text. */
export function pointAt(article: HTMLElement, x: number, y: number): TextPoint | null {
  const caret = document.caretRangeFromPoint?.(x, y);
  if (!caret) return null;
  const element = caret.startContainer.parentElement?.closest<HTMLElement>('[data-paragraph-id]');
  if (!element || !article.contains(element)) return null;
  const offset = offsetWithin(element, caret.startContainer, caret.startOffset);
  return offset === null ? null : { paragraphId: element.dataset.paragraphId ?? '', offset };
}
