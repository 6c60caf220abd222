import { Toast } from '../../ui/Toast';
import type { AnnotationsState } from './useAnnotations';

/** The annotations' toast: the last message, with Undo after a delete (Ctrl/Cmd+Z does the same). */
export function AnnotationToast({ notes }: { notes: AnnotationsState }) {
  const { notice, loadError } = notes;
  if (!notice && !loadError) return null;
  if (!notice) {
    return (
      <Toast tone="error" focusAfter="#article-title" onDismiss={notes.dismissNotice}>
        {loadError}
      </Toast>
    );
  }
  return (
    <Toast
      key={notice.id}
      focusAfter="#article-title"
      tone={notice.tone}
      onDismiss={notes.dismissNotice}
      action={
        notice.undo ? (
          <button type="button" className="button toast__action" onClick={() => void notes.undo()} title="Undo (Ctrl+Z)">
            Undo
          </button>
        ) : undefined
      }
    >
      {notice.message}
    </Toast>
  );
}
