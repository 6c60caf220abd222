import { useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { ContentsIcon } from '../../ui/first-screen-icons';
import { IconButton } from '../../ui/IconButton';
import { contentsOf } from './document-outline';
import type { ReaderDocument } from './reader-document';
import { useCurrentSection } from './useCurrentSection';

type Props = { article: ReaderDocument; articleRef: RefObject<HTMLElement | null> };

/**
 * The document's sections (chapters) as a table of contents: a button in the reader's bar opens the
 * list, Enter or a click jumps to a section and moves focus to its heading, and the section being
 * read is marked. Nothing is shown for a document of fewer than two titled sections.
 */
export function TableOfContents({ article, articleRef }: Props) {
  const entries = useMemo(() => contentsOf(article.sections), [article.sections]);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const panelId = useId();
  const current = useCurrentSection(articleRef, entries.length > 0);
  // On opening, focus lands on the section being read, so Enter stays there and arrows move on from it.
  useEffect(() => {
    if (!open) return;
    const marked = list.current?.querySelector<HTMLButtonElement>('button[aria-current]') ?? list.current?.querySelector<HTMLButtonElement>('button');
    const scroller = list.current;
    if (!marked || !scroller) return;
    marked.focus({ preventScroll: true });
    // Scrolls the list only: scrollIntoView would scroll the page too, past the place being read.
    const { offsetTop, offsetHeight } = marked;
    if (offsetTop < scroller.scrollTop || offsetTop + offsetHeight > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = offsetTop - (scroller.clientHeight - offsetHeight) / 2;
    }
  }, [open]);
  if (entries.length === 0) return null;

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const jump = (sectionId: string) => {
    const section = articleRef.current?.querySelector<HTMLElement>(`[data-section-id="${CSS.escape(sectionId)}"]`);
    const heading = section?.querySelector<HTMLElement>(':scope > h2');
    setOpen(false);
    section?.scrollIntoView({ block: 'start' });
    (heading ?? section)?.focus({ preventScroll: true });
  };
  // Up and Down move through the list, Home and End to its ends, Escape closes it.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
      return;
    }
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  };
  // Focus leaving the button and the list (a click in the text, Tab past the end) closes it.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    <div className="popover-anchor" onBlur={onBlur}>
      <IconButton
        ref={button}
        label="Contents"
        icon={<ContentsIcon size={18} />}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
      />
      {open && (
        <nav id={panelId} className="contents-panel" aria-label="Contents" onKeyDown={onKeyDown}>
          <p className="contents-panel__title">Contents</p>
          <ol ref={list} className="contents-panel__list">
            {entries.map((entry) => (
              <li key={entry.sectionId}>
                <button type="button" className="contents-panel__entry" aria-current={entry.sectionId === current ? 'location' : undefined} onClick={() => jump(entry.sectionId)}>
                  {entry.title}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </div>
  );
}
