import { useEffect, useMemo, useState, type RefObject } from 'react';
import { findMatches, type Match } from './find-matches';
import { rangeForOffsets } from './text-offsets';
import { isTextFilled, onTextFilled, requestWholeText } from './text-filled';

const ALL = 'find-match';
const CURRENT = 'find-current';
/** Input by which the reader scrolls or goes elsewhere: a match no longer needs keeping in view. */
const READER_MOVES = ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const;

function paragraphElement(article: HTMLElement, id: string): HTMLElement | null {
  return article.querySelector<HTMLElement>(`[data-paragraph-id="${CSS.escape(id)}"]`);
}

/**
 * Find in the article: matches are painted with the CSS Custom Highlight API, so the paragraphs'
 * text nodes are never split or rewritten; the current match is scrolled into view.
 */
export function useFind(articleRef: RefObject<HTMLElement | null>, paragraphs: readonly { id: string; text: string }[], query: string, active: boolean) {
  const matches: Match[] = useMemo(() => (active ? findMatches(paragraphs, query) : []), [paragraphs, query, active]);
  // The current match restarts at the first whenever the match list changes (React's "reset state
  // when a prop changes" pattern, without an effect).
  const [current, setCurrent] = useState({ matches, index: 0 });
  const index = current.matches === matches ? current.index : 0;
  const setIndex = (update: (i: number) => number) => setCurrent({ matches, index: update(index) });

  // Matches anywhere in a long text need its blocks in the DOM: ask for them, and paint again when they are in.
  const [textEpoch, setTextEpoch] = useState(0);
  useEffect(() => {
    const article = articleRef.current;
    if (!active || !article || isTextFilled(article)) return;
    const unsubscribe = onTextFilled(article, () => isTextFilled(article) && setTextEpoch((epoch) => epoch + 1));
    requestWholeText(article);
    return unsubscribe;
  }, [articleRef, active]);

  useEffect(() => {
    const article = articleRef.current;
    if (!article || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const ranges = matches.map((m) => {
      const element = paragraphElement(article, m.paragraphId);
      return element ? rangeForOffsets(element, m.start, m.end) : null;
    });
    const present = ranges.filter((r): r is Range => r !== null);
    if (present.length > 0) CSS.highlights.set(ALL, new Highlight(...present));
    else CSS.highlights.delete(ALL);
    const current = ranges[index];
    // Scrolls the current match into view when it is out of it.
    const show = () => {
      if (!current) return;
      const rect = current.getBoundingClientRect();
      const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
      if (rect.top < header + 16 || rect.bottom > window.innerHeight - 16) {
        window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'instant' });
      }
    };
    // In a long text the part scrolled to is laid out for real only in the next frames, and a
    // typeface it is the first to use (italics) arrives later still; either can move the match out
    // of view, so each change of the text's size shows it again, until the reader moves on.
    const settling = new ResizeObserver(show);
    const settled = () => settling.disconnect();
    if (current) {
      CSS.highlights.set(CURRENT, new Highlight(current));
      show();
      settling.observe(article);
      for (const type of READER_MOVES) window.addEventListener(type, settled, { passive: true });
    } else {
      CSS.highlights.delete(CURRENT);
    }
    return () => {
      settling.disconnect();
      for (const type of READER_MOVES) window.removeEventListener(type, settled);
      CSS.highlights.delete(ALL);
      CSS.highlights.delete(CURRENT);
    };
  }, [articleRef, matches, index, textEpoch]);

  const step = (delta: number) => setIndex((i) => (matches.length === 0 ? 0 : (i + delta + matches.length) % matches.length));
  return { count: matches.length, index, next: () => step(1), previous: () => step(-1) };
}
