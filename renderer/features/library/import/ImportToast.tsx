import { Toast } from '../../../ui/Toast';
import { openInReader } from '../../app/current-document';
import type { ImportNotice } from './import-outcome';

type Props = { notice: ImportNotice; onDismiss: () => void; onUndo: (id: string, title: string) => void };

/** The import's last word: imported (with Undo and any warning), already there (with Open), refused, stopped, or undone. */
export function ImportToast({ notice, onDismiss, onUndo }: Props) {
  switch (notice.kind) {
    case 'imported':
      return (
        <Toast
          tone="info"
          timeout={notice.warnings.length > 0 ? 20_000 : 8000}
          onDismiss={onDismiss}
          action={
            <button type="button" className="button toast__action" onClick={() => onUndo(notice.id, notice.title)}>
              Undo
            </button>
          }
        >
          Imported “{notice.title}”
          {notice.warnings.map((warning) => (
            <span key={warning} className="import-toast__warning">
              {warning}
            </span>
          ))}
        </Toast>
      );
    case 'duplicate':
      return (
        <Toast
          tone="info"
          onDismiss={onDismiss}
          action={
            <button
              type="button"
              className="button toast__action"
              onClick={() => {
                onDismiss();
                openInReader(notice.id);
              }}
            >
              Open
            </button>
          }
        >
          “{notice.title}” is already in your library
        </Toast>
      );
    case 'refused':
      return (
        <Toast tone="error" onDismiss={onDismiss}>
          {notice.message}
        </Toast>
      );
    case 'stopped':
      return (
        <Toast tone="info" onDismiss={onDismiss}>
          Import stopped: nothing of “{notice.fileName}” was saved.
        </Toast>
      );
    case 'removed':
      return (
        <Toast tone="info" onDismiss={onDismiss}>
          Removed “{notice.title}” from your library.
        </Toast>
      );
  }
}
