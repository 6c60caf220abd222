import { useEffect, type RefObject } from 'react';
import type { Passage } from '../app/router';
import { rangeForOffsets } from './text-offsets';

const FOCUS = 'focus-passage';

/**
 * Scrolls a passage into the middle of the view and paints it with the `focus-passage` highlight,
 * until another passage is focused or the reader leaves. Used by every "Show in article".
 */
export function useFocusPassage(articleRef: RefObject<HTMLElement | null>, focus: Passage | null) {
  const key = focus ? `${focus.paragraphId}:${focus.start}-${focus.end}` : '';
  useEffect(() => {
    const article = articleRef.current;
    if (!article || !focus) return;
    const paragraph = article.querySelector<HTMLElement>(`[data-paragraph-id="${CSS.escape(focus.paragraphId)}"]`);
    if (!paragraph) return;
    const range = rangeForOffsets(paragraph, focus.start, focus.end);
    CSS.highlights.set(FOCUS, new Highlight(range));
    const place = () => {
      const rect = range.getBoundingClientRect();
      window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'instant' });
    };
    place();
    void document.fonts.ready.then(place);
    return () => {
      CSS.highlights.delete(FOCUS);
    };
    // `key` stands for `focus`: a new object with the same passage must not re-run this.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [articleRef, key]);
}
