import { useEffect, useMemo, useState, type RefObject } from 'react';
import { findMatches, type Match } from './find-matches';
import { rangeForOffsets } from './text-offsets';

const ALL = 'find-match';
const CURRENT = 'find-current';

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
    if (current) {
      CSS.highlights.set(CURRENT, new Highlight(current));
      const rect = current.getBoundingClientRect();
      const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
      if (rect.top < header + 16 || rect.bottom > window.innerHeight - 16) {
        window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'instant' });
      }
    } else {
      CSS.highlights.delete(CURRENT);
    }
    return () => {
      CSS.highlights.delete(ALL);
      CSS.highlights.delete(CURRENT);
    };
  }, [articleRef, matches, index]);

  const step = (delta: number) => setIndex((i) => (matches.length === 0 ? 0 : (i + delta + matches.length) % matches.length));
  return { count: matches.length, index, next: () => step(1), previous: () => step(-1) };
}
