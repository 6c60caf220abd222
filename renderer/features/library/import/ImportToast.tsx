import { joinWithAnd } from '../../../../electron/domain/prose';
import { Toast } from '../../../ui/Toast';
import { openInReader } from '../../app/current-document';
import { IMPORT_BUTTON } from './import-context';
import type { ImportNotice } from './import-outcome';

type Props = { notice: ImportNotice; onDismiss: () => void; onUndo: (documents: readonly { id: string; title: string }[]) => void };

/** The import's last word: imported (with Undo and any warning), already there (with Open), refused, stopped, a batch's summary, or undone. */
export function ImportToast({ notice, onDismiss, onUndo }: Props) {
  switch (notice.kind) {
    case 'imported':
      return (
        <Toast
          focusAfter={IMPORT_BUTTON}
          tone="info"
          timeout={notice.warnings.length > 0 || notice.updated ? 20_000 : 8000}
          onDismiss={onDismiss}
          action={
            // An update replaced the old version, which is not kept: removing the document would not bring it back.
            notice.updated ? undefined : (
              <button type="button" className="button toast__action" onClick={() => onUndo([notice])}>
                Undo
              </button>
            )
          }
        >
          {notice.updated ?? `Imported “${notice.title}”`}
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
          focusAfter={IMPORT_BUTTON}
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
        <Toast focusAfter={IMPORT_BUTTON} tone="error" onDismiss={onDismiss}>
          {notice.message}
        </Toast>
      );
    case 'stopped':
      return (
        <Toast focusAfter={IMPORT_BUTTON} tone="info" onDismiss={onDismiss}>
          Import stopped: nothing of “{notice.fileName}” was saved.
        </Toast>
      );
    case 'batch':
      return <BatchToast notice={notice} onDismiss={onDismiss} onUndo={onUndo} />;
    case 'removed':
      return (
        <Toast focusAfter={IMPORT_BUTTON} tone="info" onDismiss={onDismiss}>
          {notice.titles.length === 1 ? `Removed “${notice.titles[0]}” from your library.` : `Removed ${notice.titles.length} documents from your library.`}
        </Toast>
      );
  }
}

/**
 * Several files imported together: how many came in, then one line for each that needs a word (a
 * warning, already there, refused, stopped), and one Undo for all the new documents. A refusal keeps
 * the notice up until it is dismissed, as any error does.
 */
function BatchToast({ notice, onDismiss, onUndo }: { notice: Extract<ImportNotice, { kind: 'batch' }>; onDismiss: () => void; onUndo: Props['onUndo'] }) {
  const { count, imported, updated, duplicates, held, declined, refused, notSaved } = notice;
  const came = imported.length + updated.length;
  // Only newer versions of packs already there: said so (their lines say what each kept).
  const verb = imported.length === 0 && updated.length > 0 ? 'Updated' : 'Imported';
  const headline = came === count ? `${verb} ${count} documents` : came > 0 ? `${verb} ${came} of ${count} files` : `None of the ${count} files was imported`;
  const lines = [
    ...updated,
    ...imported.flatMap((document) => document.warnings.map((warning) => `“${document.title}”: ${warning}`)),
    ...duplicates.map((document) => `“${document.title}” is already in your library.`),
    ...held.map(({ title }) => `“${title}” is a study pack waiting for your review.`),
    ...declined.map((title) => `“${title}” was not imported: you cancelled it at its review.`),
    ...refused,
    ...(notSaved.length > 0 ? [`Stopped: ${joinWithAnd(notSaved.map((name) => `“${name}”`))} ${notSaved.length === 1 ? 'was' : 'were'} not imported.`] : []),
  ];
  return (
    <Toast
      focusAfter={IMPORT_BUTTON}
      tone={refused.length > 0 ? 'error' : 'info'}
      timeout={lines.length > 0 ? 20_000 : 8000}
      onDismiss={onDismiss}
      action={
        imported.length > 0 ? (
          <button type="button" className="button toast__action" onClick={() => onUndo(imported)}>
            Undo
          </button>
        ) : undefined
      }
    >
      {headline}
      {lines.map((line, index) => (
        // Two files may end in the same words (two copies of one text already there).
        <span key={index} className="import-toast__warning">
          {line}
        </span>
      ))}
    </Toast>
  );
}
