import { useEffect } from 'react';
import type { Rating } from '../../../electron/contract/flashcards-values';

type Handlers = { shortcuts: boolean; revealed: boolean; reveal: () => void; rate: (rating: Rating) => void; undo: () => void };

/** True when a key press belongs to a control the user is typing in or operating. */
function isTypingOrControl(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

/**
 * The review's keyboard: Space/Enter shows the answer, 1-4 rate (single keys, only when shortcuts
 * are on and never while typing; WCAG 2.1.4), Ctrl/Cmd+Z undoes the last rating.
 */
export function useReviewKeys({ shortcuts, revealed, reveal, rate, undo }: Handlers): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = isTypingOrControl(event.target);
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z') {
        if (event.target instanceof HTMLElement && ['INPUT', 'TEXTAREA'].includes(event.target.tagName)) return;
        event.preventDefault();
        undo();
        return;
      }
      if (!shortcuts || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (!revealed && (event.key === ' ' || event.key === 'Enter') && !typing) {
        event.preventDefault();
        reveal();
      } else if (revealed && /^[1-4]$/.test(event.key) && !(event.target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(event.target.tagName))) {
        event.preventDefault();
        rate(Number(event.key) as Rating);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcuts, revealed, reveal, rate, undo]);
}
