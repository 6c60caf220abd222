// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Field } from './Field';
import { FormDialogFooter, useFormSubmit } from './form-dialog';

function NameForm({ onSave }: { onSave: (name: string) => Promise<void> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const { errors, busy, edited, submit, invalid, message } = useFormSubmit<'name'>(dialog, 'Not saved');
  const save = submit(
    () => (name.trim() ? {} : { name: 'Give it a name.' }),
    () => onSave(name),
  );
  return (
    <dialog open ref={dialog} aria-label="Name">
      <form onSubmit={save} noValidate>
        <Field label="Name">
          {(control) => (
            <>
              <input {...control} {...invalid('name', control)} value={name} onChange={(e) => (setName(e.target.value), edited('name'))} />
              {message('name', control)}
            </>
          )}
        </Field>
        <FormDialogFooter error={errors.form} busy={busy} submitLabel="Save" busyLabel="Saving…" onCancel={() => undefined} />
      </form>
    </dialog>
  );
}

// jsdom has <dialog> without its methods; closing is all this form needs.
beforeAll(() => {
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterEach(cleanup);

describe('a form dialog’s submit', () => {
  it('says what is wrong beside the field, moves focus there, and saves nothing', async () => {
    const onSave = vi.fn<(name: string) => Promise<void>>(() => Promise.resolve());
    render(<NameForm onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const field = screen.getByRole('textbox', { name: 'Name' });
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription('Give it a name.');
    expect(onSave).not.toHaveBeenCalled();
    await userEvent.type(field, 'R');
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('keeps what was typed and says why when the save fails, ready to try again', async () => {
    const onSave = vi.fn<(name: string) => Promise<void>>(() => Promise.reject(new Error('the disk is full')));
    render(<NameForm onSave={onSave} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Rivers');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: the disk is full');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Rivers');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    expect(onSave).toHaveBeenCalledWith('Rivers');
  });

  it('closes the dialog once saved', async () => {
    render(<NameForm onSave={() => Promise.resolve()} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Rivers');
    const dialog = screen.getByRole('dialog', { name: 'Name' }) as HTMLDialogElement;
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(dialog.open).toBe(false));
  });
});
