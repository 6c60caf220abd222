import { useState, type FormEvent } from 'react';
import { libraryContract, type LibraryItem } from '../../../electron/contract/library';
import { Field } from '../../ui/Field';
import { FormDialogFooter, useShowModal } from '../../ui/form-dialog';
import { fieldErrors } from '../../ui/field-errors';
import { TagsField } from './TagsField';
import type { DetailsPatch } from './useLibrary';

type Errors = Partial<Record<'title' | 'author' | 'tags' | 'form', string>>;

type Props = {
  item: LibraryItem;
  /** Tags other documents carry, offered while typing. */
  knownTags: readonly string[];
  onSave: (patch: DetailsPatch) => Promise<unknown>;
  onClose: () => void;
};

/** Checks the fields with the contract's own schema, so the dialog says what the service would refuse. */
const check = (item: LibraryItem, patch: DetailsPatch): Errors => fieldErrors(libraryContract['library.update'].input, { id: item.id, ...patch }, ['title', 'author', 'tags']);

/**
 * A modal dialog (native <dialog>: focus stays inside, Escape cancels) to edit a document's title,
 * author and tags. It is closed with `close()` before it unmounts, so the browser gives focus back
 * to the control that opened it.
 */
export function EditDetailsDialog({ item, knownTags, onSave, onClose }: Props) {
  const dialog = useShowModal();
  const [title, setTitle] = useState(item.title);
  const [author, setAuthor] = useState(item.author);
  const [tags, setTags] = useState<string[]>(item.tags);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);


  // A field's message goes as soon as the user changes that field; the next Save checks again.
  const edit = (set: (value: string) => void, key: 'title' | 'author', value: string) => {
    set(value);
    if (errors[key]) setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const patch = { title, author, tags };
    const found = check(item, patch);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      dialog.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave({ title: title.trim(), author: author.trim(), tags });
      dialog.current?.close();
    } catch (error) {
      // The fields keep what was typed, so nothing is lost when the save fails.
      setErrors({ form: `Not saved: ${(error as Error).message}` });
      setSaving(false);
    }
  };

  // The message is described by the field (aria-describedby, beside any hint), so it is read with it.
  const invalid = (key: keyof Errors, id: string, control: { 'aria-describedby'?: string }) =>
    errors[key] ? { 'aria-invalid': true, 'aria-describedby': [control['aria-describedby'], id].filter(Boolean).join(' ') } : {};
  return (
    <dialog ref={dialog} className="modal library-dialog" aria-labelledby="edit-details-title" onClose={onClose}>
      <form className="library-dialog__form" onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="edit-details-title" className="library-dialog__title">
          Edit document details
        </h2>
        <Field label="Title">
          {(control) => (
            <>
              <input {...control} {...invalid('title', 'edit-title-error', control)} type="text" value={title} onChange={(e) => edit(setTitle, 'title', e.target.value)} autoFocus />
              {errors.title && <span className="field__error library-dialog__error" id="edit-title-error">{errors.title}</span>}
            </>
          )}
        </Field>
        <Field label="Author" hint="Leave empty when the text has no author.">
          {(control) => (
            <>
              <input {...control} {...invalid('author', 'edit-author-error', control)} type="text" value={author} onChange={(e) => edit(setAuthor, 'author', e.target.value)} />
              {errors.author && <span className="field__error library-dialog__error" id="edit-author-error">{errors.author}</span>}
            </>
          )}
        </Field>
        <TagsField tags={tags} suggestions={knownTags} error={errors.tags ?? null} onChange={setTags} />
        <FormDialogFooter error={errors.form} busy={saving} submitLabel="Save" busyLabel="Saving…" onCancel={() => dialog.current?.close()} />
      </form>
    </dialog>
  );
}
