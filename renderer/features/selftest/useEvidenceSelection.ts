import { useCallback, useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { offsetWithin, rangeForOffsets } from '../reader/text-offsets';
import { useBlockText } from './content';
import { wordAt, wordSpans } from './word-spans';

/** A passage chosen in one paragraph, in paragraph-local offsets. */
export type Span = { paragraph: string; start: number; end: number };

const PENDING = 'evidence-pending';
const CARET = 'evidence-caret';
const canPaint = () => typeof CSS !== 'undefined' && 'highlights' in CSS;

function paint(root: HTMLElement | null, name: string, span: Span | null) {
  if (!canPaint()) return;
  const el = span && root?.querySelector<HTMLElement>(`[data-paragraph-id="${span.paragraph}"]`);
  if (el && span.end > span.start) CSS.highlights.set(name, new Highlight(rangeForOffsets(el, span.start, span.end)));
  else CSS.highlights.delete(name);
}

/**
 * Selecting a passage in the article shown inside a question: with the mouse (a normal text
 * selection within one paragraph) or the keyboard (focus a paragraph; ←/→ move by word, Shift+←/→
 * extend, Home/End jump). The pending span and the keyboard caret are painted as highlights.
 */
export function useEvidenceSelection(root: RefObject<HTMLElement | null>, initial: Span | null, onConfirm: (span: Span) => void) {
  const paragraphText = useBlockText();
  const [pending, setPending] = useState<Span | null>(initial);
  const [caret, setCaret] = useState<{ paragraph: string; anchor: number; word: number } | null>(null);

  useEffect(() => paint(root.current, PENDING, pending), [root, pending]);
  useEffect(() => {
    if (!caret) return paint(root.current, CARET, null);
    const span = wordSpans(paragraphText(caret.paragraph))[caret.word];
    paint(root.current, CARET, span ? { paragraph: caret.paragraph, ...span } : null);
  }, [root, caret, paragraphText]);
  useEffect(
    () => () => {
      paint(null, PENDING, null);
      paint(null, CARET, null);
    },
    [],
  );

  /** Takes the document's text selection when it lies within one paragraph. */
  const takeMouseSelection = useCallback(() => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    const el = (range.commonAncestorContainer.nodeType === Node.TEXT_NODE ? range.commonAncestorContainer.parentElement : range.commonAncestorContainer) as HTMLElement | null;
    const paragraph = el?.closest<HTMLElement>('[data-paragraph-id]');
    if (!paragraph || !root.current?.contains(paragraph)) return;
    const start = offsetWithin(paragraph, range.startContainer, range.startOffset);
    const end = offsetWithin(paragraph, range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return;
    setPending({ paragraph: paragraph.dataset.paragraphId!, start, end });
    setCaret(null);
  }, [root]);

  const onParagraphKey = (paragraph: string) => (e: KeyboardEvent) => {
    const spans = wordSpans(paragraphText(paragraph));
    const last = spans.length - 1;
    const here = caret?.paragraph === paragraph ? caret : { paragraph, anchor: 0, word: 0 };
    const moves: Record<string, number> = { ArrowRight: here.word + 1, ArrowLeft: here.word - 1, Home: 0, End: last };
    if (e.key === 'Enter' && pending && pending.paragraph === paragraph) {
      e.preventDefault();
      onConfirm(pending);
      return;
    }
    if (e.key === 'Escape') {
      setPending(null);
      return;
    }
    if (!(e.key in moves)) return;
    e.preventDefault();
    const word = Math.min(Math.max(moves[e.key]!, 0), last);
    // Without Shift the caret walks alone; with Shift the selection runs from the anchor word to the caret.
    const anchor = e.shiftKey ? (caret?.paragraph === paragraph ? here.anchor : here.word) : word;
    setCaret({ paragraph, anchor, word });
    if (e.shiftKey) {
      const [a, b] = [Math.min(anchor, word), Math.max(anchor, word)];
      setPending({ paragraph, start: spans[a]!.start, end: spans[b]!.end });
    }
  };

  const onParagraphFocus = (paragraph: string) => () => {
    if (caret?.paragraph === paragraph) return;
    const start = pending?.paragraph === paragraph ? wordAt(wordSpans(paragraphText(paragraph)), pending.start) : 0;
    setCaret({ paragraph, anchor: start, word: start });
  };

  return { pending, setPending, takeMouseSelection, onParagraphKey, onParagraphFocus, clearCaret: () => setCaret(null) };
}
