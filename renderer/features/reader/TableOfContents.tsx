import { Suspense, lazy, useId, useMemo, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { ContentsIcon } from '../../ui/first-screen-icons';
import { IconButton } from '../../ui/IconButton';
import { contentsOf } from './document-outline';
import type { ReaderDocument } from './reader-document';
import { currentSectionOf } from './current-section';

const ContentsPanel = lazy(() => import('./ContentsPanel').then((m) => ({ default: m.ContentsPanel })));

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
  const panelId = useId();
  // The section being read, marked in the list: read when the list opens.
  const [current, setCurrent] = useState<string | null>(null);
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
        onClick={() => {
          if (!open) setCurrent(currentSectionOf(articleRef.current));
          setOpen(!open);
        }}
      />
      {/* The element aria-controls names is there from the first frame, while the list's chunk loads into it. */}
      {open && (
        <div id={panelId} className="contents-host">
          <Suspense fallback={null}>
            <ContentsPanel entries={entries} current={current} onJump={jump} onClose={close} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
