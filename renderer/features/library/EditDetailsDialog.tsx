import { useState } from 'react';
import { libraryContract, type LibraryItem } from '../../../electron/contract/library';
import { Field } from '../../ui/Field';
import { FormDialogFooter, useFormSubmit, useShowModal, type FormErrors } from '../../ui/form-dialog';
import { fieldErrors } from '../../ui/field-errors';
import { TagsField } from './TagsField';
import type { DetailsPatch } from './useLibrary';

type Key = 'title' | 'author' | 'tags';

type Props = {
  item: LibraryItem;
  /** Tags other documents carry, offered while typing. */
  knownTags: readonly string[];
  onSave: (patch: DetailsPatch) => Promise<unknown>;
  onClose: () => void;
};

/** Checks the fields with the contract's own schema, so the dialog says what the service would refuse. */
const check = (item: LibraryItem, patch: DetailsPatch): FormErrors<Key> => fieldErrors(libraryContract['library.update'].input, { id: item.id, ...patch }, ['title', 'author', 'tags']);

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
  const { errors, busy, edited, submit, invalid, message } = useFormSubmit<Key>(dialog, 'Not saved');

  const edit = (set: (value: string) => void, key: 'title' | 'author', value: string) => {
    set(value);
    edited(key);
  };
  const save = submit(
    () => check(item, { title, author, tags }),
    () => onSave({ title: title.trim(), author: author.trim(), tags }),
  );

  return (
    <dialog ref={dialog} className="modal library-dialog" aria-labelledby="edit-details-title" onClose={onClose}>
      <form className="library-dialog__form" onSubmit={save} noValidate>
        <h2 id="edit-details-title" className="library-dialog__title">
          Edit document details
        </h2>
        <Field label="Title">
          {(control) => (
            <>
              <input {...control} {...invalid('title', control)} type="text" value={title} onChange={(e) => edit(setTitle, 'title', e.target.value)} autoFocus />
              {message('title', control)}
            </>
          )}
        </Field>
        <Field label="Author" hint="Leave empty when the text has no author.">
          {(control) => (
            <>
              <input {...control} {...invalid('author', control)} type="text" value={author} onChange={(e) => edit(setAuthor, 'author', e.target.value)} />
              {message('author', control)}
            </>
          )}
        </Field>
        <TagsField tags={tags} suggestions={knownTags} error={errors.tags ?? null} onChange={setTags} />
        <FormDialogFooter error={errors.form} busy={busy} submitLabel="Save" busyLabel="Saving…" onCancel={() => dialog.current?.close()} />
      </form>
    </dialog>
  );
}
