import { useEffect, useState, type RefObject } from 'react';
import type { PassageContext } from './passage-actions';
import { selectionPoints } from './text-selection';

export type ArticleSelection = PassageContext & { rect: DOMRect };

/** The page's selection inside the article's paragraphs, read now, or null. */
export function readSelection(article: HTMLElement | null): ArticleSelection | null {
  const current = document.getSelection();
  const points = article ? selectionPoints(article, current) : null;
  if (!points || !current || current.toString().trim().length === 0) return null;
  return { ...points, text: current.toString(), rect: current.getRangeAt(0).getBoundingClientRect() };
}

/**
 * The current selection inside the article's paragraphs, with its box on screen, or null; updated
 * once a frame. Actions should use `readSelection` at the moment they run: a key can be pressed
 * before the next frame.
 */
export function useSelectionInArticle(articleRef: RefObject<HTMLElement | null>): [ArticleSelection | null, () => void] {
  const [selection, setSelection] = useState<ArticleSelection | null>(null);
  useEffect(() => {
    let frame = 0;
    const read = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSelection(readSelection(articleRef.current)));
    };
    document.addEventListener('selectionchange', read);
    window.addEventListener('scroll', read, { passive: true });
    window.addEventListener('resize', read);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', read);
      window.removeEventListener('scroll', read);
      window.removeEventListener('resize', read);
    };
  }, [articleRef]);
  const clear = () => {
    // Collapsed rather than removed, so a keyboard user keeps the caret where the selection ended.
    document.getSelection()?.collapseToEnd();
    setSelection(null);
  };
  return [selection, clear];
}
