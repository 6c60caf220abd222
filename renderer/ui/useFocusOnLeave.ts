import { useLayoutEffect, useRef } from 'react';

/**
 * Keeps focus from being dropped to the page when an element leaves it with focus inside (a status
 * whose import ended, a dialog closed by its own answer): a frame later, once what replaces it has
 * rendered, focus goes to the first element matching `fallback`, unless something else has taken
 * focus meanwhile (another dialog focusing its title, say). Returns the ref to put on the element.
 */
export function useFocusOnLeave<E extends HTMLElement>(fallback: string) {
  const ref = useRef<E>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    // A layout effect's cleanup runs before React removes the element: focus is still inside then.
    return () => {
      if (!element?.contains(document.activeElement)) return;
      requestAnimationFrame(() => {
        if (document.activeElement === null || document.activeElement === document.body) document.querySelector<HTMLElement>(fallback)?.focus();
      });
    };
  }, [fallback]);
  return ref;
}
