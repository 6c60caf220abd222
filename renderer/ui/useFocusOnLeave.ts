import { useCallback, type RefCallback } from 'react';

/** How long after the element leaves focus may still be handed over: the page that replaces it may take a while to come (a document opening). */
export const HAND_OVER_MS = 1500;

/**
 * Keeps focus from being dropped to the page when an element leaves it with focus inside (a status
 * whose import ended, a dialog closed by its own answer, an offer answered). Until the person next
 * presses a key or a pointer, for HAND_OVER_MS at most, each frame that finds focus on the page
 * gives it to the first element matching `fallback`: what replaces the element may come frames
 * later (an imported document opening, whose header and Import button are new), and focus given to
 * a button about to go is then given again to the new one. Focus elsewhere (another dialog's title,
 * say) is left alone, and a modal dialog open then gets it rather than anything behind it. Nothing
 * is handed while the element is still in the page (React's development mode detaches and attaches
 * refs once more on mount). Returns the ref to put on the element.
 */
const FOCUSABLE = 'input, select, textarea, button, [href], [tabindex]:not([tabindex="-1"])';

/** Where focus goes: into a modal dialog open now, if there is one (focus never goes behind it), else the fallback. */
function target(fallback: string): HTMLElement | null {
  const modal = document.querySelector<HTMLElement>('[role="dialog"][aria-modal="true"], dialog[open]');
  if (modal) return modal.querySelector<HTMLElement>(FOCUSABLE);
  return document.querySelector<HTMLElement>(fallback);
}

export function useFocusOnLeave<E extends HTMLElement>(fallback: string | null): RefCallback<E> {
  return useCallback(
    (element: E | null) => {
      // No fallback: nothing to hand focus to.
      if (!element || fallback === null) return undefined;
      // A ref's cleanup runs before React removes the element: focus is still inside then.
      return () => {
        if (!element.contains(document.activeElement)) return;
        const until = performance.now() + HAND_OVER_MS;
        let frame = 0;
        const stop = () => {
          cancelAnimationFrame(frame);
          window.removeEventListener('keydown', stop, true);
          window.removeEventListener('pointerdown', stop, true);
        };
        const hand = () => {
          if (!element.isConnected && (document.activeElement === null || document.activeElement === document.body)) target(fallback)?.focus();
          if (performance.now() < until) frame = requestAnimationFrame(hand);
          else stop();
        };
        window.addEventListener('keydown', stop, true);
        window.addEventListener('pointerdown', stop, true);
        frame = requestAnimationFrame(hand);
      };
    },
    [fallback],
  );
}
