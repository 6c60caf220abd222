import { useState } from 'react';
import { PackCredits, SUGGESTED_LICENCES, type PackCreditsDraft } from '../../../electron/contract/pack-credits';
import { Field } from '../../ui/Field';
import { FormDialogFooter, useFormSubmit, useShowModal } from '../../ui/form-dialog';
import { fieldErrors } from '../../ui/field-errors';

type Key = keyof PackCreditsDraft;

const licenceNames: Record<string, string> = {
  'CC-BY-4.0': 'CC BY 4.0: others may share and adapt it, with credit',
  'CC-BY-SA-4.0': 'CC BY-SA 4.0: the same, under the same licence',
  'CC0-1.0': 'CC0 1.0: no rights reserved',
  'All rights reserved': 'All rights reserved',
};

type Props = {
  title: string;
  initial: PackCreditsDraft;
  /** Writes the pack; rejects with the service's message, and the dialog stays open with what was typed. */
  onExport: (credits: PackCredits) => Promise<void>;
  onClose: () => void;
};

/**
 * "Export as study pack": who made the pack and on what terms, written into its manifest so whoever
 * imports it knows (the pack's own credits, else the last ones used, come filled in). A native modal
 * <dialog>: focus stays inside, Escape cancels, and closing gives focus back to the button.
 */
export function PackExportDialog({ title, initial, onExport, onClose }: Props) {
  const dialog = useShowModal();
  const [draft, setDraft] = useState(initial);
  const { errors, busy, edited, submit, invalid, message } = useFormSubmit<Key>(dialog, 'Not exported');

  const set = (key: Key, value: string) => {
    setDraft((was) => ({ ...was, [key]: value }));
    edited(key);
  };
  const credits = () => ({ ...draft, description: draft.description.trim() || undefined });
  const save = submit(
    () => fieldErrors(PackCredits, credits(), ['packAuthor', 'licence', 'language', 'description']),
    () => onExport(PackCredits.parse(credits())),
  );
  const licences = (SUGGESTED_LICENCES as readonly string[]).includes(draft.licence) ? SUGGESTED_LICENCES : [draft.licence, ...SUGGESTED_LICENCES];

  return (
    <dialog ref={dialog} className="modal library-dialog" aria-labelledby="pack-export-title" onClose={onClose}>
      <form className="library-dialog__form" onSubmit={save} noValidate>
        <h2 id="pack-export-title" className="library-dialog__title">
          Export “{title}” as a study pack
        </h2>
        <p className="library-dialog__intro">The pack carries the text, its cards, questions and map, never your review progress. Whoever imports it sees these credits.</p>
        <Field label="Made by" hint="Who wrote the cards and questions: your name or your group’s.">
          {(control) => (
            <>
              <input {...control} {...invalid('packAuthor', control)} type="text" value={draft.packAuthor} onChange={(e) => set('packAuthor', e.target.value)} autoFocus />
              {message('packAuthor', control)}
            </>
          )}
        </Field>
        <Field label="Licence">
          {(control) => (
            <select {...control} value={draft.licence} onChange={(e) => set('licence', e.target.value)}>
              {licences.map((licence) => (
                <option key={licence} value={licence}>
                  {licenceNames[licence] ?? licence}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Language" hint="A language tag such as en, de or pt-BR.">
          {(control) => (
            <>
              <input {...control} {...invalid('language', control)} type="text" value={draft.language} onChange={(e) => set('language', e.target.value)} spellCheck={false} />
              {message('language', control)}
            </>
          )}
        </Field>
        <Field label="Description" hint="Optional: what the pack is for, in a sentence or two.">
          {(control) => (
            <>
              <textarea {...control} {...invalid('description', control)} rows={3} value={draft.description} onChange={(e) => set('description', e.target.value)} />
              {message('description', control)}
            </>
          )}
        </Field>
        <FormDialogFooter error={errors.form} busy={busy} submitLabel="Export" busyLabel="Exporting…" onCancel={() => dialog.current?.close()} />
      </form>
    </dialog>
  );
}
