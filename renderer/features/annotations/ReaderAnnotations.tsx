import { Suspense, lazy, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { AnnotationToast } from './AnnotationToast';
import { NoteMarkers } from './NoteMarkers';
import { SelectionToolbar } from './SelectionToolbar';
import { useKeyboardSelection } from './useKeyboardSelection';
import { useReaderAnnotations } from './useReaderAnnotations';

const AnnotationsSidebar = lazy(() => import('./AnnotationsSidebar').then((m) => ({ default: m.AnnotationsSidebar })));

type Props = {
  articleRef: RefObject<HTMLElement | null>;
  documentId: string;
  sidebarOpen: boolean;
  setSidebarOpen: (update: (open: boolean) => boolean) => void;
  /** Where the sidebar goes: beside the reader's main column, outside it. */
  sidebarSlot: HTMLElement | null;
};

/**
 * Everything annotations add to the reader (highlights painted, markers, the selection toolbar, the
 * toast, keyboard selection, the sidebar). Its own chunk, loaded while the first screen paints: the
 * annotations come from a call made after the text shows anyway, so nothing on screen waits for it.
 */
export function ReaderAnnotations({ articleRef, documentId, sidebarOpen, setSidebarOpen, sidebarSlot }: Props) {
  useKeyboardSelection(articleRef);
  const annotations = useReaderAnnotations(articleRef, documentId, sidebarOpen, setSidebarOpen);
  return (
    <>
      <NoteMarkers articleRef={articleRef} items={annotations.notes.items} onOpen={annotations.open} />
      {annotations.selection && <SelectionToolbar rect={annotations.selection.rect} onColor={(c) => void annotations.highlight(c)} onAction={annotations.runAction} />}
      <AnnotationToast notes={annotations.notes} />
      {sidebarOpen &&
        sidebarSlot &&
        createPortal(
          <Suspense fallback={null}>
            <AnnotationsSidebar
              documentId={documentId}
              items={annotations.notes.items}
              editingId={annotations.editing.id}
              focusNote={annotations.editing.focusNote}
              currentId={annotations.currentId}
              onEdit={annotations.setEditing}
              onJump={annotations.jump}
              onSave={annotations.notes.update}
              onDelete={annotations.remove}
              onImport={annotations.notes.importFile}
              onMessage={annotations.notes.tell}
              onClose={() => setSidebarOpen(() => false)}
            />
          </Suspense>,
          sidebarSlot,
        )}
    </>
  );
}
