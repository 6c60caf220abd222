import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ContentsEntry } from './document-outline';

type Props = {
  entries: readonly ContentsEntry[];
  /** The section being read, marked and focused when the list opens. */
  current: string | null;
  onJump: (sectionId: string) => void;
  onClose: () => void;
};

/**
 * The open table of contents (its own chunk: not on the reader's first screen). Up and Down move
 * through the list, Home and End to its ends, Escape closes it.
 */
export function ContentsPanel({ entries, current, onJump, onClose }: Props) {
  const list = useRef<HTMLOListElement>(null);
  // On opening, focus lands on the section being read, so Enter stays there and arrows move on from it.
  useEffect(() => {
    const scroller = list.current;
    const marked = scroller?.querySelector<HTMLButtonElement>('button[aria-current]') ?? scroller?.querySelector<HTMLButtonElement>('button');
    if (!marked || !scroller) return;
    marked.focus({ preventScroll: true });
    // Scrolls the list only: scrollIntoView would scroll the page too, past the place being read.
    const { offsetTop, offsetHeight } = marked;
    if (offsetTop < scroller.scrollTop || offsetTop + offsetHeight > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = offsetTop - (scroller.clientHeight - offsetHeight) / 2;
    }
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  };
  return (
    <nav className="contents-panel" aria-label="Contents" onKeyDown={onKeyDown}>
      <p className="contents-panel__title">Contents</p>
      <ol ref={list} className="contents-panel__list">
        {entries.map((entry) => (
          <li key={entry.sectionId}>
            <button type="button" className="contents-panel__entry" aria-current={entry.sectionId === current ? 'location' : undefined} onClick={() => onJump(entry.sectionId)}>
              {entry.title}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
