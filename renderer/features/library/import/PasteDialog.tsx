import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormDialogFooter } from '../../../ui/form-dialog';
import { useModalKeys } from '../../../ui/useModalKeys';
import { pasteErrorsOf, type PasteErrors, type PasteField } from './paste-errors';
import type { PasteInput } from './useImportFlow';

type Props = {
  /** Imports the text; rejects with the contract's message when something is wrong with it. */
  onImport: (input: PasteInput) => Promise<unknown>;
  onClose: () => void;
};

/**
 * "Paste text": title, author and the text, imported as a document. A modal dialog: focus stays
 * inside (Tab wraps), Escape or Cancel closes it, and the opener gets focus back (the caller's job).
 */
export function PasteDialog({ onImport, onClose }: Props) {
  const [input, setInput] = useState<PasteInput>({ title: '', author: '', text: '' });
  const [errors, setErrors] = useState<PasteErrors>({});
  const [saving, setSaving] = useState(false);
  const { ref: dialog, onKeyDown } = useModalKeys<HTMLDivElement>(onClose);
  const title = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => title.current?.focus(), []);

  const set = (field: PasteField) => (value: string) => {
    setInput((was) => ({ ...was, [field]: value }));
    setErrors((was) => ({ ...was, [field]: undefined }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await onImport(input);
      onClose();
    } catch (error) {
      const found = pasteErrorsOf((error as Error).message);
      setErrors(found);
      setSaving(false);
      const first = (['title', 'author', 'text'] as const).find((field) => found[field]);
      dialog.current?.querySelector<HTMLElement>(first ? `#${CSS.escape(`${id}-${first}`)}` : 'button[type="submit"]')?.focus();
    }
  };
  const describedBy = (field: PasteField, hint?: string) => [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const errorOf = (field: PasteField) =>
    errors[field] ? (
      <span className="field__error" id={`${id}-${field}-error`}>
        {errors[field]}
      </span>
    ) : null;

  return (
    <div className="modal-backdrop">
      <div ref={dialog} className="modal paste-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-heading`} onKeyDown={onKeyDown}>
        <h2 id={`${id}-heading`} className="paste-dialog__heading">
          Paste text
        </h2>
        <form className="paste-dialog__form" onSubmit={(event) => void submit(event)} noValidate>
          <div className="paste-dialog__field">
            <label htmlFor={`${id}-title`}>Title</label>
            <input ref={title} id={`${id}-title`} value={input.title} onChange={(event) => set('title')(event.target.value)} aria-invalid={errors.title ? true : undefined} aria-describedby={describedBy('title')} />
            {errorOf('title')}
          </div>
          <div className="paste-dialog__field">
            <label htmlFor={`${id}-author`}>Author (optional)</label>
            <input id={`${id}-author`} value={input.author} onChange={(event) => set('author')(event.target.value)} aria-invalid={errors.author ? true : undefined} aria-describedby={describedBy('author')} />
            {errorOf('author')}
          </div>
          <div className="paste-dialog__field">
            <label htmlFor={`${id}-text`}>Text</label>
            <textarea
              id={`${id}-text`}
              rows={10}
              value={input.text}
              onChange={(event) => set('text')(event.target.value)}
              aria-invalid={errors.text ? true : undefined}
              aria-describedby={describedBy('text', `${id}-text-hint`)}
            />
            <span className="paste-dialog__hint" id={`${id}-text-hint`}>
              A blank line starts a new paragraph.
            </span>
            {errorOf('text')}
          </div>
          <FormDialogFooter error={errors.form} busy={saving} submitLabel="Import text" busyLabel="Importing…" onCancel={onClose} />
        </form>
      </div>
    </div>
  );
}
