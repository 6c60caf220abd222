import { useEffect, type RefObject } from 'react';
import { rangeForOffsets } from '../reader/text-offsets';
import { firstBlockBelow } from '../reader/block-at-line';

const CARET = 'reading-caret';

type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

function firstVisibleParagraph(body: HTMLElement): HTMLElement | null {
  const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
  return firstBlockBelow(body, header + 8) ?? body.querySelector<HTMLElement>('[data-paragraph-id]');
}

/** Shows where a collapsed selection (the caret) is, since the browser draws none in read-only text. */
function paintCaret(body: HTMLElement): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const selection = document.getSelection();
  const focusNode = selection?.focusNode;
  if (!selection || !selection.isCollapsed || !focusNode || !body.contains(focusNode) || document.activeElement !== body) {
    CSS.highlights.delete(CARET);
    return;
  }
  const range = document.createRange();
  range.setStart(focusNode, selection.focusOffset);
  const text = focusNode.nodeType === Node.TEXT_NODE ? (focusNode as Text).data : '';
  range.setEnd(focusNode, Math.min(text.length, selection.focusOffset + 1));
  if (range.collapsed) {
    const paragraph = focusNode.parentElement?.closest('[data-paragraph-id]');
    if (paragraph) {
      const length = paragraph.textContent?.length ?? 0;
      const last = rangeForOffsets(paragraph, Math.max(0, length - 1), length);
      CSS.highlights.set(CARET, new Highlight(last));
      return;
    }
  }
  CSS.highlights.set(CARET, new Highlight(range));
}

/**
 * Keyboard selection in the article's text, which browsers only allow with caret browsing turned on.
 * With the text focused (Tab to it), a caret starts at the first paragraph in view; Left/Right move
 * it (with Ctrl/Alt: by word), Shift+arrows select from it (Up/Down by line, Home/End to the line's
 * ends), Escape collapses the selection. The caret is painted as a highlight, the text untouched.
 */
export function useKeyboardSelection(articleRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const body = articleRef.current?.querySelector<HTMLElement>('.article__body');
    if (!body) return;
    const ensureCaret = (): Selection | null => {
      const selection = document.getSelection();
      if (!selection) return null;
      if (selection.rangeCount > 0 && selection.anchorNode && body.contains(selection.anchorNode)) return selection;
      const paragraph = firstVisibleParagraph(body);
      const text = paragraph?.firstChild;
      if (!text) return null;
      selection.collapse(text, 0);
      return selection;
    };
    const onFocus = () => {
      ensureCaret();
      paintCaret(body);
    };
    const onKey = (event: KeyboardEvent) => {
      const byWord = event.ctrlKey || event.altKey || event.metaKey;
      let granularity: Granularity | null = null;
      let direction: 'forward' | 'backward' = 'forward';
      switch (event.key) {
        case 'ArrowLeft':
        case 'ArrowRight':
          granularity = byWord ? 'word' : 'character';
          direction = event.key === 'ArrowRight' ? 'forward' : 'backward';
          break;
        case 'ArrowUp':
        case 'ArrowDown':
          // Without Shift, Up and Down scroll the page as usual.
          if (!event.shiftKey) return;
          granularity = 'line';
          direction = event.key === 'ArrowDown' ? 'forward' : 'backward';
          break;
        case 'Home':
        case 'End':
          if (!event.shiftKey) return;
          granularity = 'lineboundary';
          direction = event.key === 'End' ? 'forward' : 'backward';
          break;
        case 'Escape': {
          const selection = document.getSelection();
          if (selection && !selection.isCollapsed && selection.focusNode) {
            selection.collapse(selection.focusNode, selection.focusOffset);
            paintCaret(body);
          }
          return;
        }
        default:
          return;
      }
      const selection = ensureCaret();
      if (!selection) return;
      event.preventDefault();
      selection.modify(event.shiftKey ? 'extend' : 'move', direction, granularity);
      paintCaret(body);
    };
    const onBlur = () => CSS.highlights?.delete(CARET);
    const onSelection = () => paintCaret(body);
    body.addEventListener('focus', onFocus);
    body.addEventListener('blur', onBlur);
    body.addEventListener('keydown', onKey);
    document.addEventListener('selectionchange', onSelection);
    return () => {
      body.removeEventListener('focus', onFocus);
      body.removeEventListener('blur', onBlur);
      body.removeEventListener('keydown', onKey);
      document.removeEventListener('selectionchange', onSelection);
    };
  }, [articleRef]);
}
