// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnnotationEditor } from './AnnotationEditor';
import { view } from './fixtures';
import type { AnnotationPatch } from './useAnnotations';

type Save = (patch: AnnotationPatch) => Promise<unknown>;

afterEach(cleanup);

describe('AnnotationEditor', () => {
  it('saves the colour, the note with its line breaks and the tags typed', async () => {
    const onSave = vi.fn<Save>(async () => undefined);
    const onClose = vi.fn<() => void>();
    render(<AnnotationEditor annotation={view({ note: 'old' })} suggestions={['nato']} onSave={onSave} onClose={onClose} />);
    const note = screen.getByRole('textbox', { name: 'Note' });
    await userEvent.clear(note);
    await userEvent.type(note, 'line one{Enter}line two');
    await userEvent.click(screen.getByRole('radio', { name: /Blue/ }));
    await userEvent.type(screen.getByRole('combobox', { name: 'Tags' }), 'japan{Enter}dates,');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ color: 'blue', note: 'line one\nline two', tags: ['japan', 'dates'] });
    expect(onClose).toHaveBeenCalled();
  });

  it('keeps everything typed and says it was not saved when the save fails', async () => {
    const onSave = vi.fn<Save>(async () => {
      throw new Error('Not saved: the data file could not be written (ENOSPC).');
    });
    const onClose = vi.fn<() => void>();
    render(<AnnotationEditor annotation={view()} suggestions={[]} onSave={onSave} onClose={onClose} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), 'precious words');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/ENOSPC.*Your text is still here/);
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('precious words');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('removes a tag with its button and closes on Escape', async () => {
    const onClose = vi.fn<() => void>();
    render(<AnnotationEditor annotation={view({ tags: ['a', 'b'] })} suggestions={[]} onSave={vi.fn<Save>(async () => undefined)} onClose={onClose} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove tag a' }));
    expect(screen.queryByText('a', { exact: true })).toBeNull();
    await userEvent.click(screen.getByRole('textbox', { name: 'Note' }));
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});
