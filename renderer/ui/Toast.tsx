import { useEffect, useRef, type ReactNode } from 'react';
import { useFocusOnLeave } from './useFocusOnLeave';

type Props = {
  tone: 'info' | 'error';
  children: ReactNode;
  /** A button such as Undo; the toast stays while it has focus or the pointer. */
  action?: ReactNode;
  onDismiss: () => void;
  /** How long it stays, in ms; errors stay until dismissed. */
  timeout?: number;
  /** Where focus goes when the toast leaves with focus on its buttons (Undo, ×): a selector (useFocusOnLeave). */
  focusAfter?: string;
};

/** A short message at the bottom of the window, announced politely (errors assertively). */
export function Toast({ tone, children, action, onDismiss, timeout = 8000, focusAfter }: Props) {
  const held = useRef(false);
  const box = useFocusOnLeave<HTMLDivElement>(focusAfter ?? null);
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  });
  useEffect(() => {
    if (tone === 'error') return;
    const timer = setInterval(() => {
      if (!held.current) dismiss.current();
    }, timeout);
    return () => clearInterval(timer);
  }, [tone, timeout, children]);
  const hold = (value: boolean) => () => {
    held.current = value;
  };
  return (
    <div
      ref={box}
      className={`toast toast--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      onMouseEnter={hold(true)}
      onMouseLeave={hold(false)}
      onFocus={hold(true)}
      onBlur={hold(false)}
    >
      <span className="toast__message">{children}</span>
      {action}
      <button type="button" className="toast__close" aria-label="Dismiss message" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
