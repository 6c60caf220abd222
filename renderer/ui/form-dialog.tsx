import { useEffect, useRef, type RefObject } from 'react';

/**
 * A native <dialog> opened as modal when it mounts (focus moves in, the page behind is inert, Escape
 * cancels) and closed when it unmounts, so the browser gives focus back to the control that opened it.
 */
export function useShowModal(): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const node = dialog.current;
    if (node && !node.open) node.showModal();
    return () => node?.close();
  }, []);
  return dialog;
}

type FooterProps = {
  /** What went wrong with the whole form (the fields keep what was typed). */
  error: string | undefined;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  onCancel: () => void;
};

/** A form dialog's end: the form's error, if any, then Cancel and the submit button. */
export function FormDialogFooter({ error, busy, submitLabel, busyLabel, onCancel }: FooterProps) {
  return (
    <>
      {error && (
        <p className="field__error library-dialog__error" role="alert">
          {error}
        </p>
      )}
      <div className="library-dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
      </div>
    </>
  );
}
