import { useCallback, useRef, type KeyboardEvent } from 'react';

const focusable = 'input, select, textarea, button, [href], [tabindex]:not([tabindex="-1"])';

/**
 * Keyboard for a modal dialog drawn as a `role="dialog"` element over `.modal-backdrop` (the import
 * dialogs, shown above a page whose own keys must not fire): Tab and Shift+Tab wrap inside it, and
 * Escape calls `onEscape` without reaching the page. Attach `ref` and `onKeyDown` to the dialog.
 */
export function useModalKeys<T extends HTMLElement>(onEscape: () => void) {
  const ref = useRef<T>(null);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<T>) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onEscape();
        return;
      }
      if (event.key !== 'Tab' || !ref.current) return;
      const items = [...ref.current.querySelectorAll<HTMLElement>(focusable)].filter((item) => !item.hasAttribute('disabled'));
      const first = items[0];
      const last = items.at(-1);
      if (event.shiftKey && (document.activeElement === first || !ref.current.contains(document.activeElement))) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    },
    [onEscape],
  );
  return { ref, onKeyDown };
}
