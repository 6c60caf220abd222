import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { AnnotationView } from '../../../electron/contract/annotations';
import type { AnnotationColor } from '../../../electron/contract/annotation-values';
import { annotationsAt } from './annotation-ranges';
import { clearAnnotations, flash, paintAnnotations, rangesOf } from './paint';
import { onTextFilled } from '../reader/text-filled';
import { makeCardPassage, type PassageActionId } from './passage-actions';
import { navigate, passageParam } from '../app/router';
import { colorKeys } from './SelectionToolbar';
import { pointAt } from './text-selection';
import { useAnnotations } from './useAnnotations';
import { readSelection, useSelectionInArticle } from './useSelectionInArticle';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Everything annotations do in the reader: painting highlights, the selection toolbar's actions,
 * opening a highlight by clicking it, the sidebar's state, keyboard shortcuts (H, 1-4, N while text
 * is selected; Ctrl/Cmd+Z undoes a delete) and the toast.
 */
export function useReaderAnnotations(
  articleRef: RefObject<HTMLElement | null>,
  documentId: string,
  sidebarOpen: boolean,
  setSidebarOpen: (update: (open: boolean) => boolean) => void,
) {
  const notes = useAnnotations(documentId);
  const [editing, setEditing] = useState<{ id: string | null; focusNote: boolean }>({ id: null, focusNote: false });
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [selection, clearSelection] = useSelectionInArticle(articleRef);
  const lastColor = useRef<AnnotationColor>('yellow');

  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    const paint = () => paintAnnotations(article, notes.items, editing.id ?? currentId);
    paint();
    // A long text may still be filling in: paint again over the blocks that arrive.
    return onTextFilled(article, paint);
  }, [articleRef, notes.items, editing.id, currentId]);
  useEffect(() => clearAnnotations, []);

  const open = useCallback(
    (id: string, focusNote = false) => {
      setSidebarOpen(() => true);
      setCurrentId(id);
      setEditing({ id, focusNote });
    },
    [setSidebarOpen],
  );

  const highlight = useCallback(
    async (color: AnnotationColor, thenNote = false) => {
      const live = readSelection(articleRef.current);
      if (!live) return;
      lastColor.current = color;
      const created = await notes.create(live.from, live.to, color);
      if (!created) return;
      clearSelection();
      if (thenNote) open(created.id, true);
      else setCurrentId(created.id);
    },
    [articleRef, notes, clearSelection, open],
  );

  const runAction = useCallback(
    (id: PassageActionId) => {
      const live = readSelection(articleRef.current);
      if (!live) return;
      if (id === 'note') void highlight(lastColor.current, true);
      if (id === 'card') {
        const passage = makeCardPassage(live.from, live.to);
        if (passage) navigate('flashcards/new', { passage: passageParam(passage) });
        else notes.tell('error', 'A card cites one paragraph: select text within a single paragraph to make a card.');
      }
      if (id === 'question') {
        const passage = makeCardPassage(live.from, live.to);
        if (passage) navigate('questions/new', { passage: passageParam(passage) });
        else notes.tell('error', 'A question cites one paragraph: select text within a single paragraph to add a question.');
      }
      if (id === 'copy') {
        void navigator.clipboard.writeText(live.text).then(
          () => notes.tell('info', 'Copied.'),
          () => notes.tell('error', 'The text could not be copied: the clipboard refused it.'),
        );
      }
    },
    [articleRef, highlight, notes],
  );

  const jump = useCallback(
    (annotation: AnnotationView) => {
      const article = articleRef.current;
      if (!article || annotation.placement.status !== 'anchored') return;
      const ranges = rangesOf(article, annotation.placement.ranges);
      const rect = ranges[0]?.getBoundingClientRect();
      if (rect) window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'instant' });
      setCurrentId(annotation.id);
      flash(ranges);
    },
    [articleRef],
  );

  const remove = useCallback(
    (id: string) => {
      void notes.remove(id).then((done) => {
        if (done && editing.id === id) setEditing({ id: null, focusNote: false });
      });
    },
    [notes, editing.id],
  );

  // A click (not a drag) on highlighted text opens the innermost annotation there.
  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    const onClick = (event: MouseEvent) => {
      if (!document.getSelection()?.isCollapsed) return;
      const point = pointAt(article, event.clientX, event.clientY);
      if (!point) return;
      const hits = annotationsAt(notes.items, point.paragraphId, point.offset);
      const hit = hits[0] ?? annotationsAt(notes.items, point.paragraphId, point.offset - 1)[0];
      if (hit) open(hit.id);
    };
    article.addEventListener('click', onClick);
    return () => article.removeEventListener('click', onClick);
  }, [articleRef, notes.items, open]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const mod = (event.ctrlKey || event.metaKey) && !event.altKey;
      if (mod && !event.shiftKey && (event.key === 'z' || event.key === 'Z') && notes.notice?.undo) {
        event.preventDefault();
        void notes.undo();
        return;
      }
      if (mod || event.altKey || !readSelection(articleRef.current)) return;
      const key = event.key.toLowerCase();
      const color = colorKeys[key];
      if (color) void highlight(color);
      else if (key === 'h') void highlight(lastColor.current);
      else if (key === 'n') void highlight(lastColor.current, true);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [articleRef, highlight, notes]);

  return {
    notes,
    selection,
    editing,
    setEditing: (id: string | null) => setEditing({ id, focusNote: false }),
    currentId,
    open,
    highlight,
    runAction,
    jump,
    remove,
  };
}
