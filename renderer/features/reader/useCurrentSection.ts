import { useEffect, useState, type RefObject } from 'react';
import { currentSectionIndex } from './document-outline';

const headerBottom = () => document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;

/**
 * The id of the titled section being read, followed as the page scrolls (once a frame at most).
 * Reads the sections' tops by binary search, so a book of many chapters costs a few layout reads.
 */
export function useCurrentSection(articleRef: RefObject<HTMLElement | null>, enabled: boolean): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    const article = articleRef.current;
    if (!enabled || !article) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const sections = article.querySelectorAll<HTMLElement>('[data-section-id]');
      if (sections.length === 0) return;
      // At the end of the page the last chapter is the one being read, however short it is.
      const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2 && window.scrollY > 0;
      const line = headerBottom() + window.innerHeight / 3;
      const index = atEnd ? sections.length - 1 : currentSectionIndex((i) => sections[i]!.getBoundingClientRect().top, sections.length, line);
      setCurrent(sections[index]!.dataset.sectionId ?? null);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    // In the next frame, not now: measuring during the reader's first commit would force the
    // first layout of the whole page before it is painted.
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [articleRef, enabled]);
  return current;
}
