import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { flushSync } from 'react-dom';

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

/** A message per invalid field, and `form` for what went wrong with the whole form. */
export type FormErrors<K extends string> = Partial<Record<K | 'form', string>>;
type Control = { id: string; 'aria-describedby'?: string };

/**
 * A form dialog's submit: `check` the fields (a message beside each invalid one, and focus on the
 * first), then `save` while the submit button shows it is busy; once saved the dialog closes, and
 * when the save fails the fields keep what was typed and the form says why, after `failure`
 * ("Not saved"). `invalid` and `message` tie a field's message to its control (aria-describedby,
 * beside any hint), so a screen reader reads it with the field.
 */
export function useFormSubmit<K extends string>(dialog: RefObject<HTMLDialogElement | null>, failure: string) {
  const [errors, setErrors] = useState<FormErrors<K>>({});
  const [busy, setBusy] = useState(false);

  // A field's message goes as soon as the user changes that field; the next submit checks again.
  const edited = (key: K) => {
    if (errors[key])
      setErrors((was) => {
        const rest = { ...was };
        delete rest[key];
        return rest;
      });
  };

  const submit = (check: () => FormErrors<K>, save: () => Promise<unknown>) => (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    // Rendered at once, so the first field marked invalid is the one that gets focus.
    flushSync(() => setErrors(found));
    if (Object.keys(found).length > 0) {
      dialog.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setBusy(true);
    void (async () => {
      try {
        await save();
        dialog.current?.close();
      } catch (error) {
        // The fields keep what was typed, so nothing is lost when the save fails. (TypeScript cannot
        // see that an object with only `form` fits the record of a generic K, hence the cast.)
        setErrors({ form: `${failure}: ${(error as Error).message}` } as FormErrors<K>);
        setBusy(false);
      }
    })();
  };

  const invalid = (key: K, control: Control) =>
    errors[key] ? { 'aria-invalid': true, 'aria-describedby': [control['aria-describedby'], `${control.id}-error`].filter(Boolean).join(' ') } : {};
  const message = (key: K, control: Control) =>
    errors[key] ? (
      <span className="field__error library-dialog__error" id={`${control.id}-error`}>
        {errors[key]}
      </span>
    ) : null;

  return { errors, busy, edited, submit, invalid, message };
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
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form-dialog__actions">
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
